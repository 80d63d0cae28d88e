"""Armed groups and state forces of Congo, Mozambique, Pakistan, the Sahel, Nigeria, Colombia
and Myanmar: each mention is taken from a wire-style sentence and resolved for the story's
country; aliases shared between countries resolve by country, and look-alike names stay apart."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import ActorMention, ActorRole, InterCode
from sitrep.resolve.actors import ActorDictionary

ON = date(2024, 3, 1)
DRC = "Democratic Republic of Congo"
SAMIDRC = (
    "SAMIDRC: Southern African Development Community Mission in the Democratic Republic of Congo"
)
MONUSCO = (
    "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo"
)


def _resolve(actors: ActorDictionary, sentence: str, mention: str, country: str) -> str | None:
    assert mention in sentence, "the mention must come from its sentence"
    return actors.canonical(mention, country=country, on=ON)


@pytest.mark.parametrize(
    ("sentence", "mention", "country", "expected"),
    [
        ("Suspected ADF rebels hacked to death 14 villagers near Oicha overnight, officials said.",
         "ADF rebels", DRC, "ADF: Allied Democratic Forces"),
        ("The Islamic State Central Africa Province said its men had set the church alight.",
         "Islamic State Central Africa Province", DRC, "ADF: Allied Democratic Forces"),
        ("Ugandan police blamed the Allied Democratic Forces for the twin blasts in Kampala.",
         "Allied Democratic Forces", "Uganda", "ADF: Allied Democratic Forces"),
        ("The M23 rebels seized the lakeside town of Rubaya after two days of shelling.",
         "M23 rebels", DRC, "M23: March 23 Movement"),
        ("Fighters of the AFC/M23 alliance paraded through Goma on Monday.",
         "AFC/M23", DRC, "M23: March 23 Movement"),
        ("CODECO militiamen stormed a displacement camp in Djugu territory, killing at least 20.",
         "CODECO militiamen", DRC, "CODECO: Cooperative for Development of Congo"),
        ("Wazalendo fighters clashed with the rebels on the road north of Sake, residents said.",
         "Wazalendo fighters", DRC, "Mai-Mai Militia"),
        ("A Mayi-Mayi militia ambushed a truck carrying traders in South Kivu.",
         "Mayi-Mayi militia", DRC, "Mai-Mai Militia"),
        ("The FDLR denied any role in the raid on the village of Kibirizi.",
         "FDLR", DRC, "FDLR: Democratic Forces for the Liberation of Rwanda"),
        ("The FARDC said its troops had repelled the assault after heavy fighting.",
         "FARDC", DRC, "Military Forces of the Democratic Republic of Congo (2019-)"),
        ("Congolese soldiers fired warning shots to disperse the crowd.",
         "Congolese soldiers", DRC, "Military Forces of the Democratic Republic of Congo (2019-)"),
        ("MONUSCO said one of its bases near Beni came under mortar fire.",
         "MONUSCO", DRC, MONUSCO),
        ("Insurgents known locally as machababos beheaded two fishermen near Mocimboa da Praia.",
         "machababos", "Mozambique", "Islamic State (Mozambique)"),
        ("Ahlu Sunnah Wa-Jamo fighters torched homes in Macomia district, a police source said.",
         "Ahlu Sunnah Wa-Jamo", "Mozambique", "Islamic State (Mozambique)"),
        ("Rwandan troops and Mozambican soldiers retook the port town in a joint operation.",
         "Mozambican soldiers", "Mozambique", "Military Forces of Mozambique"),
        ("The TTP claimed the attack on the police checkpoint in Bannu district.",
         "TTP", "Pakistan", "TTP: Tehreek-i-Taliban Pakistan"),
        # the bare epithet names no group: any militants the military fights (see actors.yaml)
        ("Security forces killed eight khwarij in a raid near Tank, the military said.",
         "khwarij", "Pakistan", "Unidentified Armed Group (Pakistan)"),
        ("Troops cornered militants of Fitna al-Khawarij in North Waziristan, the ISPR said.",
         "Fitna al-Khawarij", "Pakistan", "TTP: Tehreek-i-Taliban Pakistan"),
        ("The Pakistani Taliban denied involvement in the mosque bombing in Peshawar.",
         "Pakistani Taliban", "Pakistan", "TTP: Tehreek-i-Taliban Pakistan"),
        ("The Baloch Liberation Army said it had hijacked the train near Sibi.",
         "Baloch Liberation Army", "Pakistan", "BLA: Balochistan Liberation Army"),
        ("The Balochistan Liberation Front claimed the grenade attack on a market in Turbat.",
         "Balochistan Liberation Front", "Pakistan", "BLF: Balochistan Liberation Front"),
        ("ISKP claimed the suicide bombing at the rally in Bajaur.",
         "ISKP", "Pakistan", "Islamic State (Pakistan)"),
        ("Police said Lashkar-e-Jhangvi gunmen fired on a bus carrying Hazara miners.",
         "Lashkar-e-Jhangvi", "Pakistan", "LeJ: Lashkar-e-Jhangvi"),
        ("Frontier Corps soldiers came under fire at a post in Kech district.",
         "Frontier Corps", "Pakistan", "Military Forces of Pakistan"),
        ("VDP auxiliaries and soldiers repelled an attack on the town of Djibo.",
         "VDP", "Burkina Faso", "VDP: Volunteers for the Defense of the Homeland"),
        ("The Volunteers for the Defence of the Homeland lost six members in the ambush.",
         "Volunteers for the Defence of the Homeland", "Burkina Faso",
         "VDP: Volunteers for the Defense of the Homeland"),
        ("Koglweogo vigilantes detained three suspected thieves and beat them, witnesses said.",
         "Koglweogo vigilantes", "Burkina Faso", "Koglweogo Militia"),
        ("The Islamic State in the Greater Sahara claimed the killing of 17 soldiers near Tera.",
         "Islamic State in the Greater Sahara", "Niger", "Islamic State (Sahel)"),
        ("Members of Dan Na Ambassagou were accused of torching a Fulani hamlet.",
         "Dan Na Ambassagou", "Mali", "Dan Na Ambassagou"),
        ("The IPOB ordered a sit-at-home across the southeast and denied attacking the police.",
         "IPOB", "Nigeria", "IPOB: Indigenous People of Biafra"),
        ("Police blamed the Eastern Security Network for the attack on the divisional station.",
         "Eastern Security Network", "Nigeria", "ESN: Eastern Security Network"),
        ("Armed bandits abducted 40 passengers on the highway in Zamfara state.",
         "Armed bandits", "Nigeria", "Unidentified Armed Group (Nigeria)"),
        ("FARC dissidents detonated a motorbike bomb outside the police station in Jamundi.",
         "FARC dissidents", "Colombia", "FARC Dissidents"),
        ("The Estado Mayor Central said it would suspend talks with the government.",
         "Estado Mayor Central", "Colombia", "EMC: Central General Staff"),
        ("The Segunda Marquetalia announced a unilateral ceasefire in Narino.",
         "Segunda Marquetalia", "Colombia", "Segunda Marquetalia"),
        ("The Clan del Golfo imposed an armed strike that shut shops across Uraba.",
         "Clan del Golfo", "Colombia", "AGC: Gaitanist Self-Defense Forces of Colombia"),
        ("Police captured a commander of Los Urabeños in Cordoba.",
         "Los Urabeños", "Colombia", "AGC: Gaitanist Self-Defense Forces of Colombia"),
        ("The Arakan Army said it had overrun a border guard battalion in Maungdaw.",
         "Arakan Army", "Myanmar", "AA: Arakan Army"),
        ("The AA seized the township after weeks of fighting.",
         "AA", "Myanmar", "AA: Arakan Army"),
        ("Local People's Defence Force units ambushed a junta convoy in Sagaing.",
         "People's Defence Force", "Myanmar", "PDF: People's Defense Force"),
        ("Two PDF fighters were killed when an airstrike hit their camp.",
         "PDF fighters", "Myanmar", "PDF: People's Defense Force"),
        ("The KIA captured a military outpost near the jade mines of Hpakant.",
         "KIA", "Myanmar", "KIA: Kachin Independence Army"),
        ("The TNLA took control of the ruby-mining town of Mogok.",
         "TNLA", "Myanmar", "TNLA: Ta'ang National Liberation Army"),
        ("The MNDAA captured the northeastern city of Lashio in August.",
         "MNDAA", "Myanmar", "MNDAA: Myanmar National Democratic Alliance Army"),
        ("The Tatmadaw bombed a monastery sheltering displaced families.",
         "Tatmadaw", "Myanmar", "Military Forces of Myanmar (2021-)"),
        ("Junta troops torched dozens of homes in the village, residents said.",
         "Junta troops", "Myanmar", "Military Forces of Myanmar (2021-)"),
    ],
)  # fmt: skip
def test_groups_beyond_iraq_and_syria(
    actors: ActorDictionary, sentence: str, mention: str, country: str, expected: str
) -> None:
    assert _resolve(actors, sentence, mention, country) == expected


@pytest.mark.parametrize(
    ("sentence", "mention", "country", "expected"),
    [
        # al-Shabaab: Somalia's group in a Somali or Kenyan story, the Cabo Delgado
        # insurgents in a Mozambican one
        ("Al-Shabaab fighters overran an army base in the Lower Shabelle region.",
         "Al-Shabaab", "Somalia", "Al Shabaab"),
        ("Kenyan police said al-Shabaab planted the roadside bomb in Lamu county.",
         "al-Shabaab", "Kenya", "Al Shabaab"),
        ("Al-Shabaab insurgents raided a village in Muidumbe, beheading two men.",
         "Al-Shabaab", "Mozambique", "Islamic State (Mozambique)"),
        # the Islamic State: a branch per country, the Sahel branch in the Sahel
        ("The Islamic State claimed the attack on the Mozambican army post.",
         "Islamic State", "Mozambique", "Islamic State (Mozambique)"),
        ("Islamic State said it was behind the attack on the convoy near Menaka.",
         "Islamic State", "Mali", "Islamic State (Sahel)"),
        ("Islamic State claimed the killing of villagers in Seytenga.",
         "Islamic State", "Burkina Faso", "Islamic State (Sahel)"),
        ("Islamic State claimed the bombing of the election rally in Bajaur.",
         "Islamic State", "Pakistan", "Islamic State (Pakistan)"),
        ("ISIS claimed the attack on the checkpoint near Tikrit.", "ISIS", "Iraq",
         "Islamic State (Iraq)"),
        ("ISIS claimed the killing of two guards in the desert south of Sirte.",
         "ISIS", "Libya", "Islamic State (Libya)"),
        # Nigeria's Islamic State is ISWAP, though its entry is not named "Islamic State (...)"
        ("Islamic State fighters stormed the army base at Marte before dawn.",
         "Islamic State fighters", "Nigeria",
         "Islamic State (West Africa) and/or Boko Haram - Barnawi Faction"),
        ("ISIS said its men killed four soldiers near Gwoza.", "ISIS", "Nigeria",
         "Islamic State (West Africa) and/or Boko Haram - Barnawi Faction"),
        ("The Islamic State claimed the raid on the gold mine near Agadez.", "Islamic State",
         "Niger", "Islamic State (Sahel)"),
        ("Islamic State claimed the ambush of a patrol south of Mogadishu.", "Islamic State",
         "Somalia", "Islamic State (Somalia)"),
        # ISKP: Afghanistan's branch there, Pakistan's in Pakistan
        ("ISKP claimed the suicide bombing at the Kabul ministry.", "ISKP", "Afghanistan",
         "Islamic State (Afghanistan)"),
        # "People's Defence Forces": the PKK's armed wing in Iraq, Myanmar's PDFs there
        ("The People's Defence Forces said two of its guerrillas died in a Turkish strike.",
         "People's Defence Forces", "Iraq", "PKK: Kurdistan Workers Party"),
        ("The People's Defence Forces said two of its members died in a junta strike.",
         "People's Defence Forces", "Myanmar", "PDF: People's Defense Force"),
        # ADF: the Congolese rebels in Congo and Uganda, Australia's forces elsewhere
        ("ADF personnel trained Iraqi soldiers at the Taji base north of Baghdad.",
         "ADF", "Iraq", "Military Forces of Australia"),
        # Dozo hunters: a communal militia of whichever country
        ("Dozo hunters killed two herders near the town of Djenne.", "Dozo hunters", "Mali",
         "Dozo Communal Militia (Mali)"),
        ("Dozo hunters clashed with suspected jihadists near Banfora.", "Dozo hunters",
         "Burkina Faso", "Dozo Communal Militia (Burkina Faso)"),
        # SADC troops: the mission deployed in the story's country
        ("SADC troops withdrew from their base outside Goma.", "SADC troops", DRC,
         SAMIDRC),
        ("SADC troops handed the district back to the Mozambican army.", "SADC troops",
         "Mozambique", "SAMIM: Southern African Development Community Mission in Mozambique"),
        # "the junta": Myanmar's military in Myanmar, the ruling military elsewhere
        ("The junta shelled the town for a third day.", "The junta", "Mali",
         "Military Forces of Mali"),
    ],
)  # fmt: skip
def test_shared_aliases_resolve_by_country(
    actors: ActorDictionary, sentence: str, mention: str, country: str, expected: str
) -> None:
    assert _resolve(actors, sentence, mention, country) == expected


@pytest.mark.parametrize(
    ("sentence", "mention", "country"),
    [
        # an acronym one letter off a known one is another organisation
        ("AfD supporters rallied outside the state parliament in Erfurt.", "AfD", "Germany"),
        ("The AFD pledged new loans for water projects.", "AFD", "France"),
        # a road sharing M23's number
        ("A lorry overturned on the M-23 highway, closing two lanes.", "M-23 highway",
         "United Kingdom"),
        ("Traffic on the M23 motorway was held for an hour.", "M23 motorway", "United Kingdom"),
        # the file format
        ("The ministry released the budget as a PDF on its website.", "PDF", "United States"),
        ("Hackers hid the malware in a PDF document sent to staff.", "PDF document",
         "United States"),
        # a storage maker sharing the Colombian dissidents' acronym
        ("Shares of EMC rose after the storage maker beat forecasts.", "EMC", "United States"),
        # unknown acronyms next to known ones
        ("BRA fighters attacked a gas pipeline in Dera Bugti.", "BRA", "Pakistan"),
        ("The KNDF said it had captured a police station in Loikaw.", "KNDF", "Myanmar"),
    ],
)  # fmt: skip
def test_look_alikes_are_not_new_groups(
    actors: ActorDictionary, sentence: str, mention: str, country: str
) -> None:
    found = _resolve(actors, sentence, mention, country)
    assert found is None or found.startswith("Unidentified Armed Group")


@pytest.mark.parametrize(
    ("a", "b", "country"),
    [
        ("BLA", "BLF", "Pakistan"),
        ("Baloch Liberation Army", "Baloch Liberation Front", "Pakistan"),
        ("ADF", "PDF fighters", DRC),
        ("TNLA", "KNLA", "Myanmar"),
        ("Ta'ang National Liberation Army", "Karen National Liberation Army", "Myanmar"),
        ("Islamic State Central Africa Province", "Islamic State West Africa Province", "Nigeria"),
        ("Dozo militiamen", "Dogon militiamen", "Mali"),
    ],
)
def test_look_alike_new_names_stay_apart(
    actors: ActorDictionary, a: str, b: str, country: str
) -> None:
    first = actors.canonical(a, country=country, on=ON)
    assert first is not None
    assert first != actors.canonical(b, country=country, on=ON)


def test_acronym_with_a_noun_is_found_inside_the_mention(actors: ActorDictionary) -> None:
    found = actors.match("two BLF fighters", country="Pakistan", on=ON)
    assert found is not None and found.name == "BLF: Balochistan Liberation Front"
    assert found.how == "contained"
    unknown = actors.match("BRA fighters", country="Pakistan", on=ON)
    assert unknown is not None and unknown.name == "Unidentified Armed Group (Pakistan)"


@pytest.mark.parametrize(
    ("mention", "country", "inter"),
    [
        ("ADF", DRC, InterCode.REBEL_GROUPS),
        ("M23", DRC, InterCode.REBEL_GROUPS),
        ("CODECO", DRC, InterCode.POLITICAL_MILITIAS),
        ("Mai-Mai", DRC, InterCode.POLITICAL_MILITIAS),
        ("TTP", "Pakistan", InterCode.REBEL_GROUPS),
        ("LeJ", "Pakistan", InterCode.POLITICAL_MILITIAS),
        ("VDP", "Burkina Faso", InterCode.POLITICAL_MILITIAS),
        ("Dozo", "Burkina Faso", InterCode.IDENTITY_MILITIAS),
        ("Clan del Golfo", "Colombia", InterCode.POLITICAL_MILITIAS),
        ("Arakan Army", "Myanmar", InterCode.REBEL_GROUPS),
        ("Tatmadaw", "Myanmar", InterCode.STATE_FORCES),
        ("MONUSCO", DRC, InterCode.EXTERNAL_OTHER_FORCES),
    ],
)
def test_inter_codes(actors: ActorDictionary, mention: str, country: str, inter: InterCode) -> None:
    found = actors.match(mention, country=country, on=ON)
    assert found is not None and actors.inter(found, event_country=country) == inter


def test_south_african_troops_are_south_africas(actors: ActorDictionary) -> None:
    # "South African troops" is no longer read as "troops" of the event's country
    found = actors.match("South African troops", country="Mozambique", on=ON)
    assert found is not None and found.name == "Military Forces of South Africa"
    assert actors.inter(found, event_country="Mozambique") == InterCode.EXTERNAL_OTHER_FORCES


def test_dogon_militias_are_an_ethnic_militia(actors: ActorDictionary) -> None:
    found = actors.match("Dogon militiamen", country="Mali", on=ON)
    assert found is not None and found.name == "Dogon Ethnic Militia (Mali)"
    assert found.inter == InterCode.IDENTITY_MILITIAS


def test_foreign_armies_in_congo_are_external(actors: ActorDictionary) -> None:
    rwanda = actors.match("Rwandan troops", country=DRC, on=ON)
    assert rwanda is not None and rwanda.name == "Military Forces of Rwanda"
    assert actors.inter(rwanda, event_country=DRC) == InterCode.EXTERNAL_OTHER_FORCES
    uganda = actors.match("UPDF", country=DRC, on=ON)
    assert uganda is not None and uganda.name == "Military Forces of Uganda"
    assert actors.inter(uganda, event_country="Uganda") == InterCode.STATE_FORCES


def test_myanmar_state_forces_by_period(actors: ActorDictionary) -> None:
    assert actors.canonical("Myanmar army", country="Myanmar", on=date(2019, 8, 15)) == (
        "Military Forces of Myanmar (2016-2021)"
    )
    assert actors.canonical("Burmese soldiers", country="Myanmar", on=date(2022, 5, 2)) == (
        "Military Forces of Myanmar (2021-)"
    )
    assert actors.canonical("State Administration Council", country="Myanmar", on=ON) == (
        "Government of Myanmar (2021-)"
    )


def _mentions(*texts: str) -> list[ActorMention]:
    return [ActorMention(text=t, role=ActorRole.ACTOR1) for t in texts]


@pytest.mark.parametrize(
    ("names", "country", "reference", "expected"),
    [
        # "The ADF raided Mamove overnight ... the rebels fled into the forest"
        (("ADF", "the ADF", "Congolese soldiers"), DRC, "the rebels",
         "ADF: Allied Democratic Forces"),
        # "M23 fighters shelled Sake ... the rebels said they had taken the hill"
        (("M23 rebels", "Wazalendo fighters"), DRC, "the rebels", "M23: March 23 Movement"),
        # "The TTP claimed the raid ... the militants stormed the police post"
        (("TTP", "the Pakistani Taliban"), "Pakistan", "the militants",
         "TTP: Tehreek-i-Taliban Pakistan"),
        # "The Arakan Army said ... the group seized the town"
        (("Arakan Army", "Tatmadaw"), "Myanmar", "the group", "AA: Arakan Army"),
    ],
)  # fmt: skip
def test_an_insurgency_named_in_its_story_is_its_subject(
    actors: ActorDictionary, names: tuple[str, ...], country: str, reference: str, expected: str
) -> None:
    subject = actors.subject(_mentions(*names), country=country, on=ON)
    assert subject is not None and subject.name == expected
    assert actors.is_subject_reference(reference)
    assert actors.subject_fits(reference, subject)


def test_rebels_of_a_story_without_such_a_group_stay_generic(actors: ActorDictionary) -> None:
    subject = actors.subject(_mentions("FMLN", "the FMLN"), country="El Salvador", on=None)
    assert subject is not None and not actors.subject_fits("the rebels", subject)
    found = actors.match("the rebels", country="El Salvador", on=None)
    assert found is not None and found.name == "Unidentified Armed Group (El Salvador)"


@pytest.mark.parametrize(
    ("sentence", "mention", "country", "expected"),
    [
        ("Coalition warplanes pounded Houthi positions south of Marib city overnight.",
         "Coalition warplanes", "Yemen", "Military Forces of Saudi Arabia"),
        ("The Arab coalition said its jets destroyed a drone launch site near Sanaa.",
         "Arab coalition", "Yemen", "Military Forces of Saudi Arabia"),
        ("Saudi-led coalition air strikes hit a prison in Saada, aid groups said.",
         "Saudi-led coalition", "Yemen", "Military Forces of Saudi Arabia"),
        ("Coalition warplanes struck an Islamic State hideout in the Hamrin mountains.",
         "Coalition warplanes", "Iraq", "Coalition Forces (International)"),
        ("The US-led coalition said a drone killed a senior militant near Idlib.",
         "US-led coalition", "Syria", "Coalition Forces (International)"),
    ],
)  # fmt: skip
def test_the_coalition_in_yemen_is_the_saudi_military(
    actors: ActorDictionary, sentence: str, mention: str, country: str, expected: str
) -> None:
    assert _resolve(actors, sentence, mention, country) == expected
