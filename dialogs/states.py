"""The states of every flow, in one place so flows can start each other without import cycles."""

from aiogram.fsm.state import State, StatesGroup


class Onboarding(StatesGroup):
    language = State()
    privacy = State()
    declined = State()


class MainMenu(StatesGroup):
    main = State()
    help = State()


class Language(StatesGroup):
    choose = State()


class Privacy(StatesGroup):
    status = State()
    notice = State()
    withdraw = State()
    withdrawn = State()


class Programmes(StatesGroup):
    list = State()
    card = State()


class NewProgramme(StatesGroup):
    org = State()
    name = State()
    kind = State()
    start = State()
    end = State()
    timezone = State()
    confirm = State()
    done = State()


class NewPair(StatesGroup):
    programme = State()
    mentor = State()
    mentor_name = State()
    mentee_name = State()
    minor = State()
    consent = State()
    consent_needed = State()
    mentor_minor = State()  # student programmes: a peer mentor may be under 18 too
    mentor_consent = State()
    mentor_consent_needed = State()
    confirm = State()
