// The sandbox page: every persona's chat with the bot, side by side, kept live by long polling.
// Text is never parsed as HTML: every node is built with the DOM API, formatting comes from `entities`.
// With <body data-channel="web"> it is the web channel's page (bot/web/server.py): one person's own chat,
// through /api/..., each state-changing request with the session's CSRF token.
"use strict";

(() => {
  const POLL_SECONDS = 25;
  const CALLBACK_WAIT_SECONDS = 5;
  const TOAST_MS = 4000;
  const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:", "tg:"]);
  const ACTIONS = {
    typing: "bot is typing…",
    upload_photo: "bot is sending a photo…",
    upload_document: "bot is sending a file…",
    upload_video: "bot is sending a video…",
    record_voice: "bot is recording a voice message…",
    upload_voice: "bot is sending a voice message…",
    choose_sticker: "bot is choosing a sticker…",
    find_location: "bot is finding a location…",
  };

  // --- small helpers ------------------------------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child !== null && child !== undefined && child !== false) node.append(child); // strings become text
    }
    return node;
  }

  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  const session = { csrf: null }; // the web channel's CSRF token (none in the sandbox)

  async function api(method, path, body, timeoutMs = 15000) {
    // A timeout, so that a server that went away without closing the connection cannot hang the page.
    const init = { method, headers: {}, signal: AbortSignal.timeout(timeoutMs) };
    if (session.csrf && method !== "GET") init.headers["X-CSRF-Token"] = session.csrf;
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    let data = null;
    try {
      data = await response.json();
    } catch {
      data = null;
    }
    if (!response.ok) {
      throw new ApiError(response.status, (data && data.error) || `${response.status} ${response.statusText}`);
    }
    return data;
  }

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  function safeUrl(raw) {
    try {
      const url = new URL(raw);
      return SAFE_SCHEMES.has(url.protocol) ? url.href : null;
    } catch {
      return null;
    }
  }

  function fileSize(bytes) {
    if (bytes === null || bytes === undefined) return "";
    if (bytes < 1024) return `${bytes} B`;
    if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  }

  // A document icon drawn with CSS, labelled with the file's extension (no emoji font is needed).
  function fileKind(fileName) {
    const match = /\.([A-Za-z0-9]{1,4})$/.exec(fileName);
    return match ? match[1].toUpperCase() : "FILE";
  }

  function clock(epochSeconds) {
    return new Date(epochSeconds * 1000).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  function personaName(persona) {
    return [persona.first_name, persona.last_name].filter(Boolean).join(" ");
  }

  // --- formatted text -----------------------------------------------------------------------------
  // Entities are ranges in UTF-16 code units, which is how JavaScript strings index, so offsets apply
  // directly. They are arranged into a tree (outer first); one that crosses its parent's end is split.

  function formatted(text, entities, chat) {
    const fragment = document.createDocumentFragment();
    if (!text) return fragment;
    const items = (entities || [])
      .filter((e) => e && Number.isInteger(e.offset) && Number.isInteger(e.length) && e.length > 0)
      .map((e) => ({ entity: e, start: Math.max(0, e.offset), end: Math.min(text.length, e.offset + e.length) }))
      .filter((item) => item.end > item.start)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const root = { start: 0, end: text.length, children: [] };
    const stack = [root];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      while (stack.length > 1 && stack[stack.length - 1].end <= item.start) stack.pop();
      const parent = stack[stack.length - 1];
      if (item.end > parent.end) {
        const rest = { entity: item.entity, start: parent.end, end: item.end };
        item.end = parent.end;
        let at = i + 1;
        while (at < items.length && (items[at].start < rest.start
          || (items[at].start === rest.start && items[at].end >= rest.end))) at++;
        items.splice(at, 0, rest);
      }
      const node = { entity: item.entity, start: item.start, end: item.end, children: [] };
      parent.children.push(node);
      stack.push(node);
    }
    const build = (node, into) => {
      let position = node.start;
      for (const child of node.children) {
        if (child.start > position) into.append(text.slice(position, child.start));
        const wrapper = entityElement(child.entity, text.slice(child.start, child.end), chat);
        build(child, wrapper.inner);
        into.append(wrapper.outer);
        position = child.end;
      }
      if (position < node.end) into.append(text.slice(position, node.end));
    };
    build(root, fragment);
    return fragment;
  }

  function entityElement(entity, slice, chat) {
    const plain = (tag, attrs) => {
      const node = el(tag, attrs);
      return { outer: node, inner: node };
    };
    const link = (raw) => {
      const href = safeUrl(raw);
      if (href === null) return plain("span", { class: "unsafe-link", title: String(raw) });
      return plain("a", { href, target: "_blank", rel: "noopener noreferrer" });
    };
    switch (entity.type) {
      case "bold": return plain("b");
      case "italic": return plain("i");
      case "underline": return plain("u");
      case "strikethrough": return plain("s");
      case "code": return plain("code");
      case "pre": {
        const code = el("code", entity.language ? { "data-language": entity.language } : {});
        return { outer: el("pre", {}, code), inner: code };
      }
      case "text_link": return link(entity.url);
      case "url": return link(/^[a-z][a-z0-9+.-]*:/i.test(slice) ? slice : `http://${slice}`);
      case "email": return link(`mailto:${slice}`);
      case "phone_number": return link(`tel:${slice.replace(/[^\d+]/g, "")}`);
      case "mention": return link(`https://t.me/${slice.replace(/^@/, "")}`);
      case "blockquote":
      case "expandable_blockquote": return plain("blockquote");
      case "spoiler": {
        const node = el("span", { class: "spoiler", role: "button", tabindex: "0", "aria-label": "Spoiler, press to reveal" });
        const reveal = (event) => {
          if (node.classList.contains("revealed")) return;
          event.preventDefault();
          event.stopPropagation();
          node.classList.add("revealed");
          node.removeAttribute("role");
          node.removeAttribute("tabindex");
          node.removeAttribute("aria-label");
        };
        node.addEventListener("click", reveal, true);
        node.addEventListener("keydown", (event) => {
          if (event.key === "Enter" || event.key === " ") reveal(event);
        });
        return { outer: node, inner: node };
      }
      case "bot_command": {
        const node = el("span", { class: "command", title: `Send ${slice}` });
        node.addEventListener("click", () => chat.send(slice.split("@")[0]));
        return { outer: node, inner: node };
      }
      case "text_mention":
        return plain("span", { class: "mention", title: entity.user ? `user ${entity.user.id}` : null });
      default:
        return plain("span", { class: "entity", "data-entity": entity.type });
    }
  }

  // --- one persona's chat -------------------------------------------------------------------------

  class ChatView {
    constructor(chatId, app) {
      this.chatId = chatId;
      this.app = app;
      this.version = -1;
      this.transcript = null;
      this.bubbles = new Map(); // message_id -> {node, key}
      this.keyboardKey = null;
      this.keyboardOpen = true;
      this.commandsKey = null;
      this.statusTimer = null;

      const template = document.getElementById("chat-template");
      this.root = template.content.firstElementChild.cloneNode(true);
      this.root.dataset.chatId = String(chatId);
      const find = (selector) => this.root.querySelector(selector);
      this.avatar = find(".avatar");
      this.nameNode = find(".name");
      this.roleNode = find(".role");
      this.statusNode = find(".status");
      this.messages = find(".messages");
      this.overlay = find(".overlay");
      this.menu = find(".commands-menu");
      this.inviteButton = find(".invite");
      this.keyboardToggle = find(".kb-toggle");
      this.keyboard = find(".reply-kb");
      this.form = find(".composer");
      this.commandsButton = find(".commands-button");
      this.input = find("input.text");
      this.sendButton = find(".send");

      this.form.addEventListener("submit", async (event) => {
        event.preventDefault();
        const text = this.input.value;
        if (await this.send(text)) {
          if (this.input.value === text) this.input.value = "";
          this.closeMenu();
        }
      });
      this.commandsButton.addEventListener("click", () => {
        if (this.menu.hidden) this.openMenu("");
        else this.closeMenu();
      });
      this.input.addEventListener("input", () => {
        const value = this.input.value;
        if (/^\/\S*$/.test(value) && this.menu.childElementCount > 0) this.openMenu(value.slice(1));
        else if (!this.menu.hidden) this.closeMenu();
      });
      this.root.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && !this.menu.hidden) {
          this.closeMenu();
          this.input.focus();
        }
      });
      this.inviteButton.addEventListener("click", () => {
        const invite = this.transcript && this.transcript.persona.invite;
        if (invite) this.send(`/start ${invite}`);
      });
      this.keyboardToggle.addEventListener("click", () => {
        this.keyboardOpen = !this.keyboardOpen;
        this.showKeyboard();
      });
    }

    // Forget what was drawn, so the next transcript redraws everything (after a reconnect).
    invalidate() {
      this.version = -1;
      for (const entry of this.bubbles.values()) entry.key = null;
      this.keyboardKey = null;
      this.commandsKey = null;
    }

    async refresh() {
      try {
        this.update(await api("GET", this.app.chatPath(this.chatId)));
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 404)) throw error; // a reset chat goes away
      }
    }

    update(transcript) {
      this.transcript = transcript;
      this.version = transcript.version;
      const persona = transcript.persona;
      const name = personaName(persona);
      this.nameNode.textContent = name;
      this.roleNode.textContent = persona.role_label || "";
      this.avatar.textContent = (Array.from(persona.first_name || "?")[0] || "?").toUpperCase();
      if (!this.app.localized) { // the sandbox's own English labels; the web page's come from locales/
        this.root.setAttribute("aria-label", `Chat of ${name}${persona.role_label ? `, ${persona.role_label}` : ""}`);
        this.messages.setAttribute("aria-label", `Messages of ${name}`);
        this.input.setAttribute("aria-label", `Message as ${name}`);
        this.sendButton.setAttribute("aria-label", `Send as ${name}`);
        this.inviteButton.setAttribute("aria-label", `Open my invite link (${name})`);
      }
      this.inviteButton.hidden = !(persona.invite && transcript.messages.length === 0);
      this.renderStatus();
      this.renderMessages(transcript.messages);
      this.renderKeyboard(transcript.reply_keyboard);
      this.renderCommands(transcript.commands || []);
    }

    renderStatus() {
      clearTimeout(this.statusTimer);
      const transcript = this.transcript;
      const action = transcript.chat_action;
      const left = action ? action.until * 1000 - Date.now() : 0;
      this.statusNode.className = "status";
      if (transcript.blocked) {
        this.statusNode.textContent = "has blocked the bot";
        this.statusNode.classList.add("blocked");
      } else if (action && left > 0) {
        this.statusNode.textContent = this.app.localized
          ? this.app.words.busy
          : ACTIONS[action.action] || `bot: ${action.action.replace(/_/g, " ")}…`;
        this.statusNode.classList.add("typing");
        this.statusTimer = setTimeout(() => this.renderStatus(), Math.min(left, 10000) + 50);
      } else {
        const persona = transcript.persona;
        if (this.app.localized) this.statusNode.textContent = ""; // the web page: no ids shown
        else this.statusNode.textContent = persona.username ? `@${persona.username}` : `id ${persona.id}`;
      }
    }

    renderMessages(messages) {
      const box = this.messages;
      const nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
      const byId = new Map(messages.map((m) => [m.message_id, m]));
      const seen = new Set();
      let previous = null;
      let newest = null;
      let changed = false;
      for (const message of messages) {
        seen.add(message.message_id);
        const replied = byId.get(message.reply_to_message_id);
        const key = `${message.version}/${replied ? replied.version : ""}`;
        let entry = this.bubbles.get(message.message_id);
        if (!entry) {
          entry = { node: el("div", { class: "msg" }), key: null };
          this.bubbles.set(message.message_id, entry);
          newest = message;
        }
        if (entry.key !== key) {
          this.fillMessage(entry.node, message, replied);
          entry.key = key;
          changed = true;
        }
        const expected = previous ? previous.nextSibling : box.firstChild;
        if (expected !== entry.node) box.insertBefore(entry.node, expected);
        previous = entry.node;
      }
      for (const [id, entry] of this.bubbles) {
        if (!seen.has(id)) {
          entry.node.remove();
          this.bubbles.delete(id);
        }
      }
      if ((changed && nearBottom) || (newest && newest.from === "persona")) this.scrollToEnd();
    }

    scrollToEnd() {
      this.messages.scrollTop = this.messages.scrollHeight;
    }

    fillMessage(node, message, replied) {
      node.className = `msg ${message.from === "bot" ? "bot" : "persona"}`;
      node.dataset.messageId = String(message.message_id);
      node.dataset.from = message.from;
      const bubble = el("div", { class: "bubble" });
      if (replied) {
        const quoted = replied.text || replied.caption || (replied.photo ? "Photo" : replied.document ? "File" : "");
        bubble.append(el("div", { class: "reply-quote" }, quoted.split("\n")[0]));
      }
      if (message.photo) {
        const photo = message.photo;
        const image = el("img", {
          class: "photo", src: this.app.fileUrl(photo), alt: message.caption || "",
          width: photo.width, height: photo.height, loading: "lazy",
        });
        image.addEventListener("load", () => {
          if (this.messages.lastElementChild === node) this.scrollToEnd();
        });
        bubble.append(image);
      }
      if (message.document) {
        const doc = message.document;
        const fileName = doc.file_name || "file";
        bubble.append(el(
          "a",
          { class: "document", href: this.app.fileUrl(doc), download: fileName, "aria-label": `${this.app.localized ? "" : "Download "}${fileName}, ${fileSize(doc.file_size)}` },
          el("span", { class: "icon", "aria-hidden": "true" }, fileKind(fileName)),
          el("span", {}, el("span", { class: "file-name" }, fileName), el("span", { class: "file-size" }, fileSize(doc.file_size))),
        ));
      }
      if (message.text !== null && message.text !== undefined) {
        bubble.append(el("div", { class: "text" }, formatted(message.text, message.entities, this)));
      }
      if (message.caption) {
        bubble.append(el("div", { class: "caption" }, formatted(message.caption, message.caption_entities, this)));
      }
      bubble.append(el(
        "div",
        { class: "meta" },
        message.edit_date ? el("span", { class: "edited", title: `edited at ${clock(message.edit_date)}` }, "edited") : null,
        el("time", { datetime: new Date(message.date * 1000).toISOString() }, clock(message.date)),
      ));
      const rows = message.reply_markup && message.reply_markup.inline_keyboard;
      node.classList.toggle("has-kb", Boolean(rows && rows.length));
      node.replaceChildren(bubble, ...(rows && rows.length ? [this.inlineKeyboard(message, rows)] : []));
    }

    inlineKeyboard(message, rows) {
      const keyboard = el("div", { class: "inline-kb", role: "group", "aria-label": "Message buttons" });
      for (const row of rows) {
        const line = el("div", { class: "kb-row" });
        for (const button of row) line.append(this.inlineButton(message, button));
        keyboard.append(line);
      }
      return keyboard;
    }

    inlineButton(message, button) {
      if (button.callback_data !== undefined) {
        const node = el("button", { type: "button", class: "kb-btn", "data-callback": button.callback_data }, button.text);
        node.addEventListener("click", () => this.press(message.message_id, button.callback_data, node));
        return node;
      }
      if (button.url !== undefined) {
        const href = safeUrl(button.url);
        if (href !== null) {
          return el("a", { class: "kb-btn link", href, target: "_blank", rel: "noopener noreferrer", title: href }, button.text);
        }
      }
      if (button.copy_text && typeof button.copy_text.text === "string") {
        const node = el("button", { type: "button", class: "kb-btn" }, button.text);
        node.addEventListener("click", async () => {
          try {
            await navigator.clipboard.writeText(button.copy_text.text);
            this.toast("Copied");
          } catch {
            this.toast(button.copy_text.text);
          }
        });
        return node;
      }
      return el("button", { type: "button", class: "kb-btn", disabled: true, title: "Not supported in the sandbox" }, button.text);
    }

    async press(messageId, data, node) {
      if (node.classList.contains("pending")) return;
      node.classList.add("pending");
      node.setAttribute("aria-busy", "true");
      try {
        const answer = await this.app.pressButton(this.chatId, messageId, data);
        if (!answer.answered) this.toast(this.app.words.noAnswer, "error");
        else if (answer.text && answer.show_alert) this.alert(answer.text);
        else if (answer.text) this.toast(answer.text);
        if (answer.url) this.toast(`The bot answered with a link: ${answer.url}`);
      } catch (error) {
        this.toast(error.message, "error");
      } finally {
        node.classList.remove("pending");
        node.removeAttribute("aria-busy");
      }
    }

    renderKeyboard(markup) {
      const key = JSON.stringify(markup);
      if (key === this.keyboardKey) return;
      this.keyboardKey = key;
      this.keyboard.replaceChildren();
      if (!markup || !Array.isArray(markup.keyboard)) {
        this.keyboard.hidden = true;
        this.keyboardToggle.hidden = true;
        this.input.placeholder = "Message";
        return;
      }
      for (const row of markup.keyboard) {
        const line = el("div", { class: "kb-row" });
        for (const button of row) {
          const text = typeof button === "string" ? button : button.text;
          const node = el("button", { type: "button", class: "kb-btn" }, text);
          node.addEventListener("click", () => this.send(text));
          line.append(node);
        }
        this.keyboard.append(line);
      }
      this.keyboard.setAttribute("aria-label", "Keyboard");
      this.keyboardOpen = !markup.collapsed;
      this.input.placeholder = markup.input_field_placeholder || "Message";
      this.showKeyboard();
    }

    showKeyboard() {
      this.keyboard.hidden = !this.keyboardOpen;
      this.keyboardToggle.hidden = false;
      this.keyboardToggle.textContent = this.keyboardOpen ? "⌨ hide keyboard" : "⌨ show keyboard";
      this.keyboardToggle.setAttribute("aria-label", this.keyboardOpen ? "Hide the keyboard" : "Show the keyboard");
      this.keyboardToggle.setAttribute("aria-expanded", String(this.keyboardOpen));
    }

    renderCommands(commands) {
      const key = JSON.stringify(commands);
      if (key === this.commandsKey) return;
      this.commandsKey = key;
      this.menu.setAttribute("aria-label", "Bot commands");
      this.menu.replaceChildren(...commands.map((command) => {
        const item = el(
          "button",
          { type: "button", role: "menuitem", "data-command": command.command, "aria-label": `/${command.command} – ${command.description}` },
          el("span", { class: "cmd" }, `/${command.command}`),
          el("span", { class: "desc" }, command.description),
        );
        item.addEventListener("click", async () => {
          this.closeMenu();
          if (this.input.value.startsWith("/")) this.input.value = "";
          await this.send(`/${command.command}`);
          this.input.focus();
        });
        return item;
      }));
      this.commandsButton.disabled = commands.length === 0;
      this.commandsButton.title = commands.length ? "Commands" : "The bot has set no commands";
      if (commands.length === 0) this.closeMenu();
    }

    openMenu(prefix) {
      let shown = 0;
      for (const item of this.menu.children) {
        item.hidden = !item.dataset.command.startsWith(prefix);
        if (!item.hidden) shown++;
      }
      this.menu.hidden = shown === 0;
      this.commandsButton.setAttribute("aria-expanded", String(!this.menu.hidden));
    }

    closeMenu() {
      this.menu.hidden = true;
      this.commandsButton.setAttribute("aria-expanded", "false");
    }

    async send(text) {
      const trimmed = (text || "").trim();
      if (!trimmed) return false;
      try {
        await api("POST", this.app.messagesPath(this.chatId), { text: trimmed });
        return true;
      } catch (error) {
        this.toast(error.message, "error");
        return false;
      }
    }

    toast(text, kind) {
      const node = el("div", { class: `toast${kind ? ` ${kind}` : ""}`, role: kind === "error" ? "alert" : "status" }, text);
      this.overlay.append(node);
      setTimeout(() => node.remove(), TOAST_MS + Math.min(text.length * 40, 4000));
    }

    alert(text) {
      const ok = el("button", { type: "button", "aria-label": this.app.words.ok }, this.app.words.ok);
      const backdrop = el(
        "div",
        { class: "alert-backdrop" },
        el("div", { class: "alert", role: "alertdialog", "aria-modal": "true", "aria-label": "The bot says" }, el("p", {}, text), ok),
      );
      ok.addEventListener("click", () => backdrop.remove());
      this.root.append(backdrop);
      ok.focus();
    }
  }

  // --- the page -----------------------------------------------------------------------------------

  class App {
    constructor() {
      this.words = { noAnswer: "The bot did not answer the button", ok: "OK" };
      this.localized = false;
      this.views = new Map();
      this.container = document.getElementById("chats");
      this.empty = document.getElementById("empty");
      this.connection = document.getElementById("connection");
      this.resetButton = document.getElementById("reset");
      this.resetButton.addEventListener("click", () => this.reset());
      document.addEventListener("click", (event) => {
        for (const view of this.views.values()) {
          if (!view.menu.hidden && !view.menu.contains(event.target) && event.target !== view.commandsButton
            && event.target !== view.input) view.closeMenu();
        }
      });
    }

    async start() {
      await this.loadBot().catch(() => {});
      try {
        const { personas } = await api("GET", "/sandbox/personas");
        for (const persona of personas) this.view(persona.id);
        this.arrange(personas.map((persona) => persona.id));
      } catch {
        // the poll loop below reconnects and fills the page
      }
      this.poll();
    }

    chatPath(chatId) {
      return `/sandbox/chats/${chatId}`;
    }

    fileUrl(file) {
      return file.url;
    }

    messagesPath(chatId) {
      return `/sandbox/chats/${chatId}/messages`;
    }

    async pressButton(chatId, messageId, data) {
      const pressed = await api("POST", `/sandbox/chats/${chatId}/press`, { message_id: messageId, data });
      const id = encodeURIComponent(pressed.callback_query_id);
      const { callback_query: answer } = await api(
        "GET", `/sandbox/callbacks/${id}?timeout=${CALLBACK_WAIT_SECONDS}`, undefined, (CALLBACK_WAIT_SECONDS + 10) * 1000,
      );
      return answer;
    }

    async loadBot() {
      const info = await api("GET", "/sandbox/bot");
      const name = info.bot.first_name;
      document.getElementById("bot-name").textContent = name;
      document.getElementById("bot-username").textContent = `@${info.bot.username}`;
      document.title = `${name} – sandbox`;
    }

    view(chatId) {
      let view = this.views.get(chatId);
      if (!view) {
        view = new ChatView(chatId, this);
        this.views.set(chatId, view);
      }
      return view;
    }

    // Put the columns in `order` without moving one that is already in place (moving loses focus).
    arrange(order) {
      let previous = this.empty;
      for (const chatId of order) {
        const node = this.views.get(chatId).root;
        if (previous.nextSibling !== node) this.container.insertBefore(node, previous.nextSibling);
        previous = node;
      }
      this.empty.hidden = this.views.size > 0;
    }

    async sync(chats) {
      const wanted = new Set(chats.map((chat) => chat.chat_id));
      for (const [chatId, view] of this.views) {
        if (!wanted.has(chatId)) {
          view.root.remove();
          this.views.delete(chatId);
        }
      }
      const stale = chats.filter((chat) => chat.version > this.view(chat.chat_id).version);
      this.arrange(chats.map((chat) => chat.chat_id));
      await Promise.all(stale.map((chat) => this.views.get(chat.chat_id).refresh()));
    }

    async poll() {
      let since = null;
      let backoff = 500;
      for (;;) {
        try {
          const query = since === null ? "" : `?since=${since}&timeout=${POLL_SECONDS}`;
          const listing = await api("GET", `/sandbox/chats${query}`, undefined, (POLL_SECONDS + 10) * 1000);
          if (since !== null && listing.version < since) {
            // A restarted server counts versions from 0 again: draw everything anew.
            for (const view of this.views.values()) view.invalidate();
          }
          await this.sync(listing.chats);
          since = listing.version;
          backoff = 500;
          this.setOnline(true);
        } catch (error) {
          this.setOnline(false, backoff);
          await sleep(backoff);
          backoff = Math.min(backoff * 2, 8000);
          if (since !== null) {
            since = null;
            for (const view of this.views.values()) view.invalidate();
            this.loadBot().catch(() => {});
          }
        }
      }
    }

    setOnline(online, retryMs) {
      this.connection.classList.toggle("offline", !online);
      this.connection.textContent = online ? "live" : `offline, retrying in ${Math.round(retryMs / 100) / 10} s`;
    }

    async reset() {
      this.resetButton.disabled = true;
      this.resetButton.textContent = "Resetting…";
      try {
        await api("POST", "/sandbox/reset-demo", undefined, 120000); // the demo's reset may restart the bot
        location.reload();
      } catch (error) {
        this.connection.classList.add("offline");
        this.connection.textContent = `Reset failed: ${error.message}`;
        this.resetButton.disabled = false;
        this.resetButton.textContent = "Reset";
      }
    }
  }

  // --- the web channel's page: one person, their own chat ----------------------------------------

  class WebApp {
    constructor() {
      this.words = { noAnswer: "", ok: "", busy: "" };
      this.localized = true;
      this.container = document.getElementById("chats");
      this.connection = document.getElementById("connection");
      this.signOutButton = document.getElementById("sign-out");
      this.view = null;
    }

    chatPath() {
      return "/api/chat";
    }

    fileUrl(file) {
      return `/api/files/${encodeURIComponent(file.file_id)}`;
    }

    messagesPath() {
      return "/api/messages";
    }

    async pressButton(chatId, messageId, data) {
      return api("POST", "/api/press", { message_id: messageId, data }, (CALLBACK_WAIT_SECONDS + 10) * 1000);
    }

    async start() {
      const info = await api("GET", "/api/session");
      session.csrf = info.csrf;
      const texts = info.texts;
      this.words.noAnswer = texts["web-no-answer"];
      this.words.ok = texts["web-ok"];
      this.words.busy = texts["web-busy"];
      this.offline = texts["web-offline"];
      this.signOutButton.textContent = texts["web-sign-out"];
      this.signOutButton.addEventListener("click", () => this.signOut());
      this.view = new ChatView(info.chat_id, this);
      this.view.root.setAttribute("aria-label", texts["web-chat"]);
      this.view.messages.setAttribute("aria-label", texts["web-chat"]);
      this.view.input.placeholder = texts["web-message"];
      this.view.input.setAttribute("aria-label", texts["web-message"]);
      this.view.sendButton.title = texts["web-send"];
      this.view.sendButton.setAttribute("aria-label", texts["web-send"]);
      this.view.commandsButton.title = texts["web-commands"];
      this.view.commandsButton.setAttribute("aria-label", texts["web-commands"]);
      this.container.append(this.view.root);
      document.addEventListener("click", (event) => {
        const view = this.view;
        if (!view.menu.hidden && !view.menu.contains(event.target) && event.target !== view.commandsButton
          && event.target !== view.input) view.closeMenu();
      });
      this.poll();
    }

    async poll() {
      let backoff = 500;
      for (;;) {
        try {
          const since = this.view.version;
          const query = since < 0 ? "" : `?since=${since}`;
          const transcript = await api("GET", `/api/chat${query}`, undefined, (POLL_SECONDS + 10) * 1000);
          if (transcript.version !== this.view.version) this.view.update(transcript);
          backoff = 500;
          this.connection.hidden = true;
        } catch (error) {
          if (error instanceof ApiError && error.status === 401) {
            location.reload(); // signed out (here or by a coordinator): the signed-out page
            return;
          }
          this.connection.hidden = false;
          this.connection.textContent = this.offline;
          await sleep(backoff);
          backoff = Math.min(backoff * 2, 8000);
        }
      }
    }

    async signOut() {
      try {
        await api("POST", "/api/sign-out");
      } finally {
        location.reload();
      }
    }
  }

  const app = document.body.dataset.channel === "web" ? new WebApp() : new App();
  window.sandboxPage = app; // for debugging from the console
  app.start();
})();
