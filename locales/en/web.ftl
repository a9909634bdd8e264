# The web channel's page (issue #24): its own few words around the bot's messages.
web-title = Mentoring
web-join-intro =
    You have been invited to a mentoring programme.
    This page is your chat with the mentoring assistant. Tap the button to start; this phone stays signed in.
web-join-button = Start
web-join-too-many = Too many links were tried from here. Please wait a few minutes and try again.
web-guest-name = Guest
web-join-refused = This link does not work. Please ask your coordinator for a new one.
web-not-found = There is nothing here. Open the link your coordinator gave you.
web-error = Something went wrong on our side. Please try again in a moment.
web-signed-out = You are signed out on this device. To come back, open the invite link your coordinator gives you.
web-chat = Chat with the mentoring assistant
web-message = Message
web-send = Send
web-commands = Commands
web-ok = OK
web-busy = preparing…
web-sign-out = Sign out on this device
web-offline = Offline – reconnecting…
web-no-answer = No answer came. Please try again.
