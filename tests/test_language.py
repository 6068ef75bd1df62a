"""The reply language follows the patient: Spanish (and Spanglish) gets Spanish, English gets
English, and a bare "ok" or emoji never flips the conversation."""

from __future__ import annotations

import pytest
import yaml

from bot.core.language import detect_language
from tests.paths import EVAL


def texts(name: str) -> list[str]:
    return [item["text"] for item in yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))]


def share(questions: list[str], lang: str) -> float:
    return sum(detect_language(q) == lang for q in questions) / len(questions)


def test_spanish_dev_questions_are_answered_in_spanish():
    assert share(texts("questions_es_dev.yaml"), "es") >= 0.95


def test_english_dev_questions_are_answered_in_english():
    assert share(texts("questions_dev.yaml"), "en") >= 0.95


@pytest.mark.parametrize("text", [
    "puedo amamantar despues de la ketamina",
    "Do you take Blue Cross? o tienen payment plans?",
    "is ketamine safe while breastfeeding? mi bb solo toma pecho",
    "how fast does it work? xq ya no aguanto",
    "ketamina lactancia",
    "do you accept Aetna? tengo Aetna",
    "is it given through a vein? es inyectado?",
    "can it happen to dads, es posible?",
    "¿cuánto dura el efecto?",
    "hola",
])
def test_spanish_and_spanglish_get_spanish_even_on_an_english_phone(text):
    assert detect_language(text, previous="en", telegram_code="en") == "es"


@pytest.mark.parametrize("text", [
    "can I breastfeed after an infusion?",
    "ketamine side effects",
    "what is ppd",
    "hello",
    "is ketamine safe for me",
    "how long does postpartum depresion last, is it months?",
    "my LO is 4 months, is it too late for ppd?",
])
def test_english_gets_english_even_on_a_spanish_phone(text):
    assert detect_language(text, previous="es", telegram_code="es-MX") == "en"


@pytest.mark.parametrize("text", ["ok", "OK!", "gracias", "thanks", "thank you", "👍", "🙏🙏", "1", "sí", "no"])
@pytest.mark.parametrize("previous", ["en", "es"])
def test_a_short_acknowledgement_keeps_the_conversations_language(text, previous):
    assert detect_language(text, previous=previous, telegram_code=None) == previous
    other = "en" if previous == "es" else "es"
    assert detect_language(text, previous=previous, telegram_code=other) == previous


def test_telegram_language_code_only_breaks_ties():
    assert detect_language("ok", previous=None, telegram_code="es-MX") == "es"
    assert detect_language("👍", previous=None, telegram_code="en-US") == "en"
    assert detect_language("👍", previous=None, telegram_code=None) == "en"
    assert detect_language("gracias", previous=None, telegram_code="en") == "es"  # the word leans Spanish
    assert detect_language("what are the symptoms", previous=None, telegram_code="es") == "en"


def test_odd_input_gives_a_language_without_raising():
    for text in ("", " ", "???", "\u200b", "a" * 10_000, "ñ", "ketamine " * 2000):
        assert detect_language(text, previous=None, telegram_code="pt-BR") in ("en", "es")


# --- Telegram: menus, descriptions and /idioma ---------------------------------------------------

import html  # noqa: E402

from bot.telegram.app import build_application  # noqa: E402
from tests.app import STAFF_ID, settings_for  # noqa: E402
from tests.botapi_server import run_polling  # noqa: E402


@pytest.fixture
async def bot(botapi, faq_dir, tmp_path):
    app = build_application(settings_for(botapi, faq_dir, tmp_path))
    async with run_polling(app):
        yield app


def _messages_yaml(faq_dir) -> dict:
    return yaml.safe_load((faq_dir / "messages.yaml").read_text(encoding="utf-8"))


async def test_a_spanish_phone_gets_spanish_commands_and_description(bot, botapi, faq_dir):
    spanish = [(c["command"], c["description"]) for c in botapi.commands_for("es")]
    english = [(c["command"], c["description"]) for c in botapi.commands_for(None)]
    assert ("topics", "Ver las preguntas por tema") in spanish and ("idioma", "Elegir español o inglés") in spanish
    assert ("topics", "Browse the questions by topic") in english and ("language", "Choose English or Spanish") in english
    assert "language" not in dict(spanish) and "idioma" not in dict(english)
    texts = _messages_yaml(faq_dir)  # every line of both menus is the one staff wrote, in their order
    assert english == list(texts["commands"].items()) and spanish == list(texts["commands_es"].items())
    description = botapi.descriptions[("description", "es")]
    assert "depresión posparto" in description and "988" in description
    assert description == texts["bot_description_es"].strip()
    assert "postpartum depression" in botapi.descriptions[("description", "")]
    assert "988" in botapi.descriptions[("short_description", "es")]
    assert botapi.descriptions[("short_description", "")] == texts["bot_about"].strip()


async def test_a_staff_edit_to_the_menu_reaches_phones_without_a_restart(bot, botapi, faq_dir):
    path = faq_dir / "messages.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Just type your question", "Simply type your question"), encoding="utf-8")
    botapi.send_text("/reload", user_id=STAFF_ID)
    [done] = await botapi.wait_for_messages(STAFF_ID, timeout=60)  # a reload runs every staff test
    assert "FAQ reloaded" in done["text"] and len(botapi.calls_to("setMyCommands")) == 2  # the menu did not change
    path.write_text(text.replace("  topics: Ver las preguntas por tema", "  topics: Ver todas las preguntas por tema")
                    .replace("bot_about: |\n  Automated answers", "bot_about: |\n  Quick answers"), encoding="utf-8")
    botapi.send_text("/reload", user_id=STAFF_ID)
    await botapi.wait_for_calls("setMyShortDescription", 4, timeout=60)  # sent again, Spanish last
    spanish = {c["command"]: c["description"] for c in botapi.commands_for("es")}
    assert spanish["topics"] == "Ver todas las preguntas por tema" and spanish["idioma"] == "Elegir español o inglés"
    assert botapi.descriptions[("short_description", "")].startswith("Quick answers about postpartum depression")


async def test_idioma_and_language_switch_the_conversation(bot, botapi):
    botapi.send_text("/idioma", user_id=7)
    [reply] = await botapi.wait_for_messages(7)
    assert html.unescape(reply["text"]).startswith("Le responderé en español")
    assert bot.chat_data[7]["lang"] == "es"
    botapi.send_text("/language", user_id=7)
    await botapi.wait_for_messages(7, 2)
    assert html.unescape(botapi.messages_to(7)[1]["text"]).startswith("I'll answer in English")
    assert bot.chat_data[7]["lang"] == "en"
    botapi.send_text("/language español", user_id=7)
    await botapi.wait_for_messages(7, 3)
    assert bot.chat_data[7]["lang"] == "es"


def _buttons(message: dict) -> list[str]:
    return [b["text"] for row in (message.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]


async def test_a_spanish_conversation_end_to_end(bot, botapi, tmp_path):
    botapi.set_user_language(5, "es-MX")
    botapi.send_text("/start", user_id=5)
    [welcome] = await botapi.wait_for_messages(5)
    assert html.unescape(welcome["text"]).startswith("Hola, soy") and "Depresión posparto" in _buttons(welcome)

    botapi.send_text("puedo amamantar despues de la ketamina?", user_id=5)
    [answer] = (await botapi.wait_for_messages(5, 2))[1:]
    assert html.unescape(answer["text"]).startswith("Todavía no hay suficientes estudios")
    assert "👍 Me sirvió" in _buttons(answer) and "Consejo" not in answer["text"]

    botapi.press_button(next(b["callback_data"] for row in answer["reply_markup"]["inline_keyboard"]
                             for b in row if b["text"] == "👍 Me sirvió"), user_id=5)
    [thanks] = await botapi.wait_for_calls("answerCallbackQuery")
    assert thanks.params["text"] == "Gracias por su opinión."

    botapi.send_text("ya no quiero vivir", user_id=5)
    crisis = (await botapi.wait_for_messages(5, 4))[2]
    assert html.unescape(crisis["text"]).startswith("Llame al 988 y marque 2")

    botapi.send_text("ok", user_id=5)  # keeps Spanish
    botapi.send_text("how fast does ketamine work", user_id=5)  # switches to English
    messages = await botapi.wait_for_messages(5, 6)  # crisis block and a supportive line came as two
    assert html.unescape(messages[4]["text"]).startswith(("Hola", "De nada"))
    assert html.unescape(messages[5]["text"]).startswith("Ketamine works within hours")
    assert "👍 Helpful" in _buttons(messages[5])
    langs = {count.lang: count.questions for count in bot.bot_data["state"].store.stats(days=1).languages}
    assert langs == {"es": 1, "en": 1}  # the record keeps each question's language (crisis never counted)
