"""A person in a real browser (headless Chromium): log in with the keyboard,
see the start page, log out. Screenshots land in var/<env>/screenshots/."""
import datetime
import os
import re
import subprocess
import sys

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "http"))
from conftest import BASE, BUILD, ENV, VAR, demo_logins, mail_body, mail_link, mails_to, unique  # noqa: E402

SHOTS = os.path.join(VAR, "screenshots")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"]:
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    driver.set_page_load_timeout(30)
    os.makedirs(SHOTS, exist_ok=True)
    yield driver
    driver.quit()


def shot(browser, name):
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, max(900, height))
    browser.save_screenshot(os.path.join(SHOTS, name + ".png"))
    browser.set_window_size(1280, 900)


def test_log_in_with_the_keyboard_see_the_start_page_and_log_out(browser):
    email, password = demo_logins()["beheerder"]
    browser.get(BASE + "/inloggen")
    assert browser.title == "Inloggen – Passend"
    shot(browser, "login")
    # the skip link is the first thing the keyboard reaches
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    assert browser.switch_to.active_element.text == "Direct naar de inhoud"
    browser.find_element(By.ID, "f-email").send_keys(email)
    field = browser.find_element(By.ID, "f-password")
    field.send_keys(password)
    field.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda b: b.current_url == BASE + "/")
    assert "Welkom, Bram Beheer" in browser.find_element(By.TAG_NAME, "h1").text
    shot(browser, "start")
    browser.get(BASE + "/beheer/organisaties")
    shot(browser, "organisaties")
    browser.find_element(By.LINK_TEXT, "Samenwerkingsverband Passend Onderwijs Voorbeeldregio").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.ID, "f-logo"))
    shot(browser, "swv-instellingen")
    browser.get(BASE + "/beheer/gebruikers?q=kompas")
    browser.find_element(By.LINK_TEXT, "Youssef El Amrani").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.ID, "f-role"))
    shot(browser, "gebruiker")
    browser.get(BASE + "/beheer/auditlog")
    shot(browser, "auditlog")
    browser.find_element(By.LINK_TEXT, "Formulieren").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.ID, "f-bestand"))
    shot(browser, "formulieren")
    browser.find_element(By.LINK_TEXT, "Toelaatbaarheidsverklaring SBO/SO/VSO").click()
    WebDriverWait(browser, 10).until(lambda b: "Stappen" in b.page_source)
    shot(browser, "formulier")
    browser.find_element(By.XPATH, "//button[normalize-space()='Uitloggen']").click()
    WebDriverWait(browser, 10).until(lambda b: b.current_url.endswith("/inloggen?m=uitgelogd"))
    assert "U bent uitgelogd" in browser.page_source


def test_a_failed_login_shows_the_error_summary_and_the_field_error(browser):
    browser.get(BASE + "/inloggen")
    browser.find_element(By.ID, "f-email").send_keys("iemand@passend.example")
    browser.find_element(By.ID, "f-password").send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.CLASS_NAME, "error-summary"))
    summary = browser.find_element(By.CLASS_NAME, "error-summary")
    assert "fout" in summary.text
    assert browser.find_element(By.ID, "f-password").get_attribute("aria-invalid") == "true"
    assert browser.find_element(By.ID, "f-email").get_attribute("value") == "iemand@passend.example"
    shot(browser, "login-error")


def log_in(browser, role):
    email, password = demo_logins()[role]
    browser.get(BASE + "/inloggen")
    browser.find_element(By.ID, "f-email").send_keys(email)
    field = browser.find_element(By.ID, "f-password")
    field.send_keys(password)
    field.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda b: b.current_url == BASE + "/")


def test_a_school_fills_in_a_dossier_and_sees_what_is_missing(browser, tmp_path):
    log_in(browser, "school")
    browser.find_element(By.LINK_TEXT, "Dossiers").click()
    WebDriverWait(browser, 10).until(lambda b: "/dossiers" in b.current_url)
    shot(browser, "dossiers")
    browser.get(BASE + "/dossiers?q=Noor")
    browser.find_element(By.XPATH, "//td/a[starts-with(., 'Dossier')]").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.ID, "tijdlijn"))
    shot(browser, "dossier")
    browser.find_element(By.LINK_TEXT, "Formulier invullen").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.ID, "f-a-vraag"))
    # The follow-up question shows only while its condition holds.
    follow_up = browser.find_element(By.ID, "f-a-doublure_toelichting")
    assert follow_up.is_displayed()          # demo answer: doublure = ja
    browser.find_element(By.ID, "f-a-doublure-nee").click()
    assert not follow_up.is_displayed()
    browser.find_element(By.ID, "f-a-vraag").send_keys("Wat heeft Noor nodig?")
    browser.find_element(By.XPATH, "//button[normalize-space()='Opslaan en Indienen']").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.CLASS_NAME, "error-summary"))
    assert "Belemmerende factoren: Vul dit veld in." in browser.find_element(
        By.CLASS_NAME, "error-summary").text
    assert browser.find_element(By.ID, "f-a-vraag").get_attribute("value") == \
        "Wat heeft Noor nodig?"
    assert browser.find_element(By.ID, "f-a-belemmerend").get_attribute("aria-invalid") == "true"
    shot(browser, "dossier-invullen-fouten")
    # The OPP: save what is typed, add the file, land back at the question.
    browser.find_element(By.ID, "f-a-opp").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.ID, "f-bestand"))
    assert browser.find_element(By.CSS_SELECTOR, "#f-veld option[selected]").text == \
        "Ontwikkelingsperspectief (OPP)"
    opp = tmp_path / "OPP Noor.pdf"
    opp.write_bytes(b"%PDF-1.4\n% Noor\n%%EOF\n")
    browser.find_element(By.ID, "f-bestand").send_keys(str(opp))
    shot(browser, "document-toevoegen")
    browser.find_element(By.XPATH, "//button[normalize-space()='Toevoegen']").click()
    WebDriverWait(browser, 10).until(lambda b: "/invullen" in b.current_url)
    assert browser.find_element(By.LINK_TEXT, "OPP Noor.pdf")
    assert browser.find_element(By.ID, "f-a-vraag").get_attribute("value") == \
        "Wat heeft Noor nodig?"
    browser.find_element(By.XPATH, "//button[normalize-space()='Uitloggen']").click()


def test_a_school_fills_in_a_tlv_request_and_hands_it_in(browser, tmp_path):
    """A new pupil, a new TLV request filled in with the keyboard and mouse,
    the OPP added, handed in: the dossier says "Ingediend"."""
    log_in(browser, "school")
    browser.find_element(By.LINK_TEXT, "Leerlingen").click()
    browser.find_element(By.LINK_TEXT, "Leerling toevoegen").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.ID, "f-first_name"))
    last = unique("Verbeek")
    browser.find_element(By.ID, "f-first_name").send_keys("Mila")
    browser.find_element(By.ID, "f-last_name").send_keys(last)
    browser.execute_script("arguments[0].value = '2016-10-03'",
                           browser.find_element(By.ID, "f-birth_date"))
    browser.find_element(By.ID, "f-grade").send_keys("groep 5")
    browser.find_element(By.XPATH, "//button[normalize-space()='Opslaan']").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.ID, "f-type_id"))
    Select(browser.find_element(By.ID, "f-type_id")).select_by_visible_text(
        "Toelaatbaarheidsverklaring SBO/SO/VSO")
    browser.find_element(By.XPATH, "//button[normalize-space()='Dossier starten']").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.ID, "f-a-vraag"))
    # The SWV's instructions stand beside the questions.
    assert "Vermeld geen BSN." in browser.find_element(By.CLASS_NAME, "instructions").text
    for field, value in (("loopbaan", "Groep 1 tot en met 4 op De Regenboog."),
                         ("vraag", "Wat heeft Mila nodig om tot leren te komen?"),
                         ("belemmerend", "Prikkelgevoelig, snel overvraagd."),
                         ("bevorderend", "Gemotiveerd, goede band met de leerkracht."),
                         ("geboden", "Een jaar arrangement met een kleine groep."),
                         ("zienswijze_ouders", "Ouders steunen de aanvraag.")):
        browser.find_element(By.ID, "f-a-" + field).send_keys(value)
    browser.find_element(By.XPATH, "//label[@for='f-a-doublure-nee']").click()
    browser.find_element(By.XPATH, "//label[@for='f-a-besproken']").click()
    Select(browser.find_element(By.ID, "f-a-gewenst")).select_by_value("so_vso")
    Select(browser.find_element(By.ID, "f-a-categorie")).select_by_value("midden")
    # The OPP: the form is saved, the file added, and back to the form.
    browser.find_element(By.ID, "f-a-opp").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.ID, "f-bestand"))
    opp = tmp_path / "OPP Mila.pdf"
    opp.write_bytes(b"%PDF-1.4\n% Mila\n%%EOF\n")
    browser.find_element(By.ID, "f-bestand").send_keys(str(opp))
    browser.find_element(By.XPATH, "//button[normalize-space()='Toevoegen']").click()
    WebDriverWait(browser, 10).until(lambda b: "/invullen" in b.current_url)
    assert browser.find_element(By.ID, "f-a-vraag").get_attribute("value") == \
        "Wat heeft Mila nodig om tot leren te komen?"
    shot(browser, "tlv-aanvraag")
    browser.find_element(By.XPATH, "//button[normalize-space()='Opslaan en Indienen']").click()
    WebDriverWait(browser, 10).until(lambda b: "m=stap" in b.current_url)
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Ingediend" in main and "OPP Mila.pdf" in main
    shot(browser, "tlv-ingediend")
    browser.find_element(By.XPATH, "//button[normalize-space()='Uitloggen']").click()


def test_staff_see_the_signals_of_the_demo_data(browser):
    subprocess.run([os.path.join(BUILD, "passend-cron")], env=ENV, check=True, timeout=120)
    log_in(browser, "swv")
    browser.find_element(By.LINK_TEXT, "Signaleringen").click()
    WebDriverWait(browser, 10).until(lambda b: b.current_url.endswith("/signaleringen"))
    text = browser.find_element(By.TAG_NAME, "main").text
    assert "Langer dan 10 dagen in ‘Ingediend’" in text       # the demo arrangement
    assert "‘Gewenste startdatum’: 01-09-2026" in text
    shot(browser, "signaleringen")
    browser.find_element(By.XPATH, "//button[normalize-space()='Uitloggen']").click()


def test_staff_share_a_dossier_and_the_guest_opens_it_with_the_code(browser):
    log_in(browser, "swv")
    browser.get(BASE + "/dossiers?q=Daan")
    browser.find_element(By.XPATH, "//td/a[starts-with(., 'Dossier')]").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.ID, "delen"))
    browser.find_element(By.LINK_TEXT, "Delen voor een overleg").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.ID, "f-naam"))
    guest = unique("ouder") + "@test.example"
    browser.find_element(By.ID, "f-naam").send_keys("Els de Boer")
    browser.find_element(By.ID, "f-email").send_keys(guest)
    browser.find_element(By.ID, "f-relatie").send_keys("o")     # ouder of verzorger
    until = browser.find_element(By.ID, "f-tot")
    browser.execute_script("arguments[0].value = arguments[1]", until,
                           (datetime.date.today() + datetime.timedelta(days=14)).isoformat())
    browser.find_element(By.XPATH, "//button[normalize-space()='Uitnodiging versturen']").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.CLASS_NAME, "error-summary"))
    assert "Wat u deelt: Kies minstens één onderdeel of document." in browser.find_element(
        By.CLASS_NAME, "error-summary").text
    assert browser.find_element(By.ID, "f-naam").get_attribute("value") == "Els de Boer"
    shot(browser, "delen-fouten")
    browser.find_element(By.ID, "f-deel-zienswijze").send_keys(Keys.SPACE)
    browser.find_element(By.XPATH, "//label[starts-with(., 'OPP Daan')]").click()
    browser.find_element(By.XPATH, "//button[normalize-space()='Uitnodiging versturen']").click()
    WebDriverWait(browser, 10).until(lambda b: "m=gedeeld" in b.current_url)
    assert "Els de Boer (ouder of verzorger)" in browser.page_source
    shot(browser, "dossier-gedeeld")
    browser.find_element(By.XPATH, "//button[normalize-space()='Uitloggen']").click()
    WebDriverWait(browser, 10).until(lambda b: "/inloggen" in b.current_url)

    # The guest: the link from one e-mail, the code from the other.
    link = mail_link(mails_to(guest, subject="Uitnodiging")[0])
    code = re.search(r">(\d{6})<", mail_body(
        mails_to(guest, subject="Uw code")[0])).group(1)
    browser.get(link)
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.ID, "f-code"))
    shot(browser, "gast-code")
    field = browser.find_element(By.ID, "f-code")
    field.send_keys(code)
    field.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda b: b.current_url == BASE + "/gast/dossier")
    assert browser.find_element(By.PARTIAL_LINK_TEXT, "OPP Daan")
    assert "Schoolloopbaan" not in browser.page_source
    shot(browser, "gast-dossier")
    browser.find_element(By.XPATH, "//button[normalize-space()='Afsluiten']").click()
    WebDriverWait(browser, 10).until(lambda b: "m=afgesloten" in b.current_url)


def test_a_beheerder_adds_a_question_in_the_form_builder(browser):
    log_in(browser, "beheerder")
    browser.get(BASE + "/beheer/formulieren")
    browser.find_element(By.LINK_TEXT, "Toelaatbaarheidsverklaring SBO/SO/VSO").click()
    WebDriverWait(browser, 10).until(lambda b: "Versies" in b.page_source)
    browser.find_element(By.XPATH, "//*[normalize-space()='Formulier wijzigen' or "
                                   "normalize-space()='Concept verder bewerken']").click()
    WebDriverWait(browser, 10).until(lambda b: b.current_url.endswith("/concept"))
    shot(browser, "formulier-concept")
    browser.find_element(By.XPATH, "//a[contains(@href, '/secties/hulpvraag/vraag-toevoegen')]").click()
    browser.find_element(By.XPATH, "//label[normalize-space()='Ja of nee']").click()
    browser.find_element(By.XPATH, "//button[normalize-space()='Verder']").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.ID, "f-vraag"))
    browser.find_element(By.XPATH, "//button[normalize-space()='Vraag toevoegen']").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.CLASS_NAME, "error-summary"))
    assert "Vraag: Vul dit veld in." in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert browser.find_element(By.ID, "f-vraag").get_attribute("aria-invalid") == "true"
    shot(browser, "formulier-vraag-fout")
    question = unique("Is er een dyslexieverklaring")
    browser.find_element(By.ID, "f-vraag").send_keys(question)
    Select(browser.find_element(By.ID, "f-voorwaarde")).select_by_visible_text(
        "Alleen als ‘Heeft de leerling een groep of leerjaar overgedaan?’ is ‘Ja’")
    browser.find_element(By.ID, "f-vraag").send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda b: "/concept?m=opgeslagen" in b.current_url)
    row = browser.find_element(By.XPATH, f"//tr[td[contains(., '{question}')]]")
    assert "Alleen als" in row.text
    shot(browser, "formulier-concept-vraag")
    # Leave the demo form as it was.
    browser.find_element(By.XPATH, "//button[normalize-space()='Concept weggooien']").click()
    WebDriverWait(browser, 10).until(lambda b: "m=concept-weg" in b.current_url)
    browser.find_element(By.XPATH, "//button[normalize-space()='Uitloggen']").click()


def test_a_parent_sends_the_contact_form_with_the_keyboard(browser):
    """No login: the form filled in by keyboard, first without the consent
    (the error, the values kept), then sent; the reference on the page and
    in the confirmation e-mail. The honeypot is never in the tab order."""
    import time
    from conftest import sql
    sql("DELETE FROM contact_posts")
    browser.delete_all_cookies()
    browser.get(BASE + "/contact")
    assert browser.title == "Contact – Passend"
    address = unique("ouder") + "@ouders.example"
    browser.find_element(By.XPATH, "//label[@for='f-wie-ouder']").click()
    browser.switch_to.active_element.send_keys(Keys.TAB)
    for text in ("Sanne Bakker", address):      # naam, then e-mail, by TAB
        browser.switch_to.active_element.send_keys(text + Keys.TAB)
    browser.find_element(By.ID, "f-onderwerp").send_keys("Vraag over de overstap naar SBO")
    browser.find_element(By.ID, "f-vraag").send_keys("Onze dochter zit in groep 6.\nWat zijn de stappen?")
    assert browser.find_element(By.ID, "f-naam").get_attribute("value") == "Sanne Bakker"
    seen = set()
    browser.find_element(By.ID, "f-naam").click()
    for _ in range(20):
        browser.switch_to.active_element.send_keys(Keys.TAB)
        seen.add(browser.switch_to.active_element.get_attribute("id"))
    assert "f-website" not in seen and "f-toestemming" in seen
    time.sleep(1.1)
    browser.find_element(By.XPATH, "//button[normalize-space()='Bericht versturen']").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.CLASS_NAME, "error-summary"))
    assert browser.find_element(By.ID, "f-toestemming").get_attribute("aria-invalid") == "true"
    assert browser.find_element(By.ID, "f-vraag").get_attribute("value") == \
        "Onze dochter zit in groep 6.\nWat zijn de stappen?"
    shot(browser, "contact-fout")
    browser.find_element(By.CSS_SELECTOR, ".error-summary a").click()
    assert browser.switch_to.active_element.get_attribute("id") == "f-toestemming"
    browser.switch_to.active_element.send_keys(Keys.SPACE)
    browser.find_element(By.XPATH, "//button[normalize-space()='Bericht versturen']").click()
    WebDriverWait(browser, 10).until(lambda b: "Uw bericht is verzonden" in b.page_source)
    ref = re.search(r"C-\d+", browser.find_element(By.TAG_NAME, "main").text).group(0)
    shot(browser, "contact-verzonden")
    mail = mails_to(address)
    assert len(mail) == 1 and ref in mail_body(mail[0])
