"""The tables: organisations, programmes, people, memberships, pairs, invites, consent, FSM."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from storage.timeutil import UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ProgrammeKind(enum.StrEnum):
    TEACHER = "teacher"
    STUDENT = "student"


class Channel(enum.StrEnum):
    """How a person talks to the bot (issue #24): Telegram, or the web channel (docs/web-channel.md)."""

    TELEGRAM = "telegram"
    WEB = "web"


class Role(enum.StrEnum):
    COORDINATOR = "coordinator"
    MENTOR = "mentor"
    MENTEE = "mentee"


class Stage(enum.StrEnum):
    """Seed 003: the four stages of a peer mentoring relationship, plus closed."""

    SETTING_UP = "setting_up"
    ENGAGE = "engage"
    SUSTAIN = "sustain"
    TRANSITION = "transition"
    CLOSED = "closed"


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    return Enum(cls, name=name, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e])


class Organisation(Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    emergency_number: Mapped[str] = mapped_column(String(32), default="112")
    helpline_number: Mapped[str] = mapped_column(String(32), default="116 111")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Programme(Base):
    __tablename__ = "programmes"
    __table_args__ = (UniqueConstraint("org_id", "name", name="uq_programmes_org_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[ProgrammeKind] = mapped_column(_enum(ProgrammeKind, "programme_kind"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    timezone: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    locale: Mapped[str | None] = mapped_column(String(10), nullable=True)
    timezone: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reachable: Mapped[bool] = mapped_column(Boolean, default=True)
    reminder_offsets: Mapped[str | None] = mapped_column(String(60), nullable=True)
    tips_seen: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    channel: Mapped[Channel] = mapped_column(
        _enum(Channel, "channel"), default=Channel.TELEGRAM, server_default=Channel.TELEGRAM.value
    )


class Membership(Base):
    """A role of a person: coordinator of an organisation, mentor or mentee in a programme."""

    __tablename__ = "memberships"
    __table_args__ = (
        UniqueConstraint("person_id", "org_id", "role", "programme_id", name="uq_memberships_role"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    programme_id: Mapped[int | None] = mapped_column(
        ForeignKey("programmes.id", ondelete="CASCADE"), nullable=True, index=True
    )
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # a coordinator who is the organisation's safeguarding lead (issue #23): every concern, every reminder
    safeguarding_lead: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Pair(Base):
    """One mentoring relationship: a mentor and a mentee (a mentor may be in several pairs)."""

    __tablename__ = "pairs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    mentor_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    mentee_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    mentor_name: Mapped[str] = mapped_column(String(200))
    mentee_name: Mapped[str] = mapped_column(String(200))
    mentee_minor: Mapped[bool] = mapped_column(Boolean, default=False)
    parental_consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # A student peer mentor may be under 18 too (seed 003): then their parent's consent is needed as well.
    mentor_minor: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    mentor_consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    stage: Mapped[Stage] = mapped_column(_enum(Stage, "stage"), default=Stage.SETTING_UP)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    end_reason: Mapped[str | None] = mapped_column(String(40), nullable=True)
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Invite(Base):
    """A single-use invite. Only the SHA-256 of its code is stored."""

    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    programme_id: Mapped[int | None] = mapped_column(
        ForeignKey("programmes.id", ondelete="CASCADE"), nullable=True
    )
    pair_id: Mapped[int | None] = mapped_column(
        ForeignKey("pairs.id", ondelete="CASCADE"), nullable=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    used_by: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), nullable=True)
    safeguarding_lead: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    channel: Mapped[Channel] = mapped_column(
        _enum(Channel, "channel"), default=Channel.TELEGRAM, server_default=Channel.TELEGRAM.value
    )


class WebSession(Base):
    """A device signed in to the web channel (docs/web-channel.md): only the SHA-256 of its token is kept."""

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_used_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class WebChat(Base):
    """The web channel's journal of a person's chat (docs/web-channel.md): what their page shows, so that
    a restart or a kill loses none of it. Deleted with the person."""

    __tablename__ = "web_chats"

    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    snapshot: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ConsentRecord(Base):
    """A person's acceptance of a version of the privacy notice, and its withdrawal."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    notice_version: Mapped[str] = mapped_column(String(20))
    given_at: Mapped[datetime] = mapped_column(UTCDateTime())
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class ProcessedUpdate(Base):
    """Update ids already handled, so a re-delivered update is not handled twice."""

    __tablename__ = "processed_updates"

    bot_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    handled_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


class InboxUpdate(Base):
    """An update received from Telegram and not yet handled: written before Telegram is told it arrived
    (the next `getUpdates` offset, the webhook's 200) and removed in the transaction that handles it.

    `owner` is the process handling it, `lease_until` when another process may take it over (a process
    renews the leases of the updates it holds while it lives); `attempts` counts the takings."""

    __tablename__ = "inbox_updates"

    bot_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    payload: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    owner: Mapped[str | None] = mapped_column(String(40))
    lease_until: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=1)


class FsmRecord(Base):
    """aiogram FSM state and data (aiogram-dialog stacks and contexts) keyed by the key builder."""

    __tablename__ = "fsm_records"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    state: Mapped[str | None] = mapped_column(String(255), nullable=True)
    data: Mapped[str | None] = mapped_column(Text, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


Index("ix_pairs_people", Pair.mentor_id, Pair.mentee_id)


# --- the mentoring journey -----------------------------------------------------------------------------


class Phase(enum.StrEnum):
    """A questionnaire is answered at the start (baseline) and again at closure (follow-up)."""

    BASELINE = "baseline"
    FOLLOWUP = "followup"


class QuestionnaireResponse(Base):
    """One person's answers to one instrument in one phase, for one pair."""

    __tablename__ = "questionnaire_responses"
    __table_args__ = (
        UniqueConstraint(
            "person_id", "pair_id", "instrument", "phase", name="uq_questionnaire_responses_once"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    instrument: Mapped[str] = mapped_column(String(40))
    phase: Mapped[Phase] = mapped_column(_enum(Phase, "phase"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class QuestionnaireAnswer(Base):
    """An item's answer: the index of the chosen option, free text, or neither (preferred not to say)."""

    __tablename__ = "questionnaire_answers"
    __table_args__ = (UniqueConstraint("response_id", "item", name="uq_questionnaire_answers_item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("questionnaire_responses.id", ondelete="CASCADE"), index=True
    )
    item: Mapped[str] = mapped_column(String(40))
    choice: Mapped[int | None] = mapped_column(Integer, nullable=True)
    choices: Mapped[str | None] = mapped_column(String(200), nullable=True)
    text: Mapped[str | None] = mapped_column(Text, nullable=True)
    skipped: Mapped[bool] = mapped_column(Boolean, default=False)


class SessionMode(enum.StrEnum):
    """Annex IV: in person / online / hybrid / other."""

    IN_PERSON = "in_person"
    ONLINE = "online"
    HYBRID = "hybrid"
    OTHER = "other"


class DiaryEntry(Base):
    """Annex IV. The mentor's part (session facts, objectives, topics, notes) and the mentee's reflection
    are kept apart: each person writes and erases only their own."""

    __tablename__ = "diary_entries"
    __table_args__ = (UniqueConstraint("pair_id", "session_no", name="uq_diary_entries_session"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    session_no: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[date] = mapped_column(Date)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    mode: Mapped[SessionMode] = mapped_column(_enum(SessionMode, "session_mode"))
    mode_other: Mapped[str | None] = mapped_column(String(60), nullable=True)
    activity: Mapped[str | None] = mapped_column(String(40), nullable=True)
    objectives: Mapped[str | None] = mapped_column(Text, nullable=True)
    topics: Mapped[str | None] = mapped_column(Text, nullable=True)
    mentor_notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    mentee_reflection: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_by: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class DiaryDraft(Base):
    """A new entry's session facts while the person is still choosing them (an entry is stored once its
    date, duration and mode are known): one per person and pair, so leaving the flow loses nothing."""

    __tablename__ = "diary_drafts"
    __table_args__ = (UniqueConstraint("pair_id", "person_id", name="uq_diary_drafts_person"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    duration_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    mode: Mapped[SessionMode | None] = mapped_column(_enum(SessionMode, "session_mode"), nullable=True)
    mode_other: Mapped[str | None] = mapped_column(String(60), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class Reflection(Base):
    """A person's answer to a reflection prompt (seed 002 action steps, seed 003 stage questions)."""

    __tablename__ = "reflections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    prompt: Mapped[str] = mapped_column(String(60))
    stage: Mapped[Stage] = mapped_column(_enum(Stage, "stage"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class GoalKind(enum.StrEnum):
    """Seed 003: a mission (the destination), goals and objectives (the roadmap)."""

    MISSION = "mission"
    GOAL = "goal"
    OBJECTIVE = "objective"


class Goal(Base):
    __tablename__ = "goals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    kind: Mapped[GoalKind] = mapped_column(_enum(GoalKind, "goal_kind"))
    text: Mapped[str] = mapped_column(String(500))
    progress: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class GroundRule(Base):
    """The pair's answer on one ground-rules topic of seed 003."""

    __tablename__ = "ground_rules"
    __table_args__ = (UniqueConstraint("pair_id", "topic", name="uq_ground_rules_topic"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    topic: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(String(500))
    set_by: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class Agreement(Base):
    """A person's confirmation: of the pair's ground rules as they stand, or of the mentor agreement."""

    __tablename__ = "agreements"
    __table_args__ = (UniqueConstraint("pair_id", "person_id", "kind", name="uq_agreements_once"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    accepted_at: Mapped[datetime] = mapped_column(UTCDateTime())


class StageChange(Base):
    __tablename__ = "stage_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    from_stage: Mapped[Stage] = mapped_column(_enum(Stage, "stage"))
    to_stage: Mapped[Stage] = mapped_column(_enum(Stage, "stage"))
    changed_by: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    reason: Mapped[str] = mapped_column(String(40))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CaseState(enum.StrEnum):
    """A concern as a case (issue #23): new -> read -> in progress -> closed."""

    NEW = "new"
    READ = "read"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


class CaseOutcome(enum.StrEnum):
    RESOLVED_IN_SCHOOL = "resolved_in_school"
    REFERRED = "referred"
    NO_FURTHER_ACTION = "no_further_action"
    OTHER = "other"


class Concern(Base):
    """A report of a worry (seed 003, online safety). Seen only by the reporter and the coordinators."""

    __tablename__ = "concerns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    programme_id: Mapped[int | None] = mapped_column(
        ForeignKey("programmes.id", ondelete="SET NULL"), nullable=True, index=True
    )
    pair_id: Mapped[int | None] = mapped_column(ForeignKey("pairs.id", ondelete="SET NULL"), nullable=True)
    reporter_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    state: Mapped[CaseState] = mapped_column(
        _enum(CaseState, "case_state"), default=CaseState.NEW, server_default=CaseState.NEW.value
    )
    outcome: Mapped[CaseOutcome | None] = mapped_column(_enum(CaseOutcome, "case_outcome"), nullable=True)
    closing_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    # the last note, message or change of state, and who made it (the 7-day reminder goes to them)
    last_activity_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    # closed: when and by whom (the names predate the states)
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    handled_by: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )


class CaseEventKind(enum.StrEnum):
    READ = "read"
    IN_PROGRESS = "in_progress"
    NOTE = "note"  # internal: coordinators and the lead only
    REPLY = "reply"  # a coordinator to the reporter
    ANSWER = "answer"  # the reporter to the coordinators
    CLOSED = "closed"
    REOPENED = "reopened"
    PAUSED = "paused"
    RESUMED = "resumed"


class ConcernEvent(Base):
    """One line of a concern's case: a change of state, an internal note, or a message of the thread with
    the reporter. Who and when; deleted with the concern (retention)."""

    __tablename__ = "concern_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    concern_id: Mapped[int] = mapped_column(ForeignKey("concerns.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), nullable=True)
    kind: Mapped[CaseEventKind] = mapped_column(_enum(CaseEventKind, "case_event"))
    text: Mapped[str | None] = mapped_column(Text, nullable=True)


class OutboxStatus(enum.StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    DROPPED = "dropped"


class OutboxMessage(Base):
    """Everything that must reach someone at a time goes through here; the key makes it happen once."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recipient_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text, default="{}")
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    status: Mapped[OutboxStatus] = mapped_column(
        _enum(OutboxStatus, "outbox_status"), default=OutboxStatus.PENDING
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(500), nullable=True)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


Index("ix_outbox_due", OutboxMessage.status, OutboxMessage.due_at)


# --- meetings and what the scheduler keeps per person --------------------------------------------------


class MeetingStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"
    HELD = "held"
    NOT_HELD = "not_held"
    MOVED = "moved"


class Meeting(Base):
    """A planned meeting of a pair; times in UTC, shown in each person's time zone."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    mode: Mapped[SessionMode] = mapped_column(_enum(SessionMode, "session_mode"))
    place: Mapped[str | None] = mapped_column(String(300), nullable=True)
    status: Mapped[MeetingStatus] = mapped_column(
        _enum(MeetingStatus, "meeting_status"), default=MeetingStatus.SCHEDULED
    )
    created_by: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    outcome_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


# The digest and the drift ladder read sessions per pair and week, minutes per plan activity and each pair's
# last diary date and held meeting from these alone (migration 0005).
Index(
    "ix_diary_entries_pair_held",
    DiaryEntry.pair_id,
    DiaryEntry.held_on,
    DiaryEntry.activity,
    DiaryEntry.duration_minutes,
)
Index("ix_meetings_pair_status_start", Meeting.pair_id, Meeting.status, Meeting.starts_at)
