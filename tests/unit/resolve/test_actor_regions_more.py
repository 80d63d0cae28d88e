"""Armed actors of Libya, Lebanon, the Philippines, Somalia, Sudan, Ethiopia, India (Manipur),
Yemen and the Sahel, and the Iraqi factions' banner: each mention comes from a wire-style
sentence and is resolved for the story's country and day. Local aliases ("Rada", "AFP") name
their entry only in its own country; "Lebanese Forces" with its capitals is the party."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.model import ActorMention, ActorRole, InterCode
from sitrep.resolve.actors import ActorDictionary

IRI = "Islamic Resistance in Iraq"
HAFTAR = "Military Forces of Libya (2014-) Haftar Faction"
GNA = "Military Forces of Libya (2016-2021) Government of National Accord"
GNU = "Military Forces of Libya (2021-) Government of National Unity"
SDF_LIBYA = "Special Deterrence Force"
IS_PH = "Islamic State (Philippines)"
AFP_PH = "Military Forces of the Philippines"
AMISOM = "AMISOM: African Union Mission in Somalia"
ATMIS = "ATMIS: African Union Transition Mission in Somalia"
AUSSOM = "AUSSOM: African Union Support and Stabilization Mission in Somalia"
IS_MZ = "Islamic State (Mozambique)"
TPLF = "TPLF: Tigray People's Liberation Front"
KUKI = "Kuki Ethnic Militia (India)"
MEITEI = "Meitei Ethnic Militia (India)"
AQAP = "AQAP: Al Qaeda in the Arabian Peninsula"


def _resolve(
    actors: ActorDictionary, sentence: str, mention: str, country: str, on: date
) -> str | None:
    assert mention in sentence, "the mention must come from its sentence"
    return actors.canonical(mention, country=country, on=on)


@pytest.mark.parametrize(
    ("sentence", "mention", "country", "on", "expected"),
    [
        # Iraq: the factions' banner since October 2023, and the factions themselves
        ("The Islamic Resistance in Iraq said its drones had struck the Harir base north of Erbil.",
         "Islamic Resistance in Iraq", "Iraq", date(2024, 1, 28), IRI),
        ("A statement signed by the Islamic Resistance claimed the rockets fired at Victory base.",
         "the Islamic Resistance", "Iraq", date(2023, 11, 2), IRI),
        ("Nujaba fighters paraded in Baghdad after the strike on their headquarters.",
         "Nujaba fighters", "Iraq", date(2024, 1, 5), "Harakat Hezbollah al-Nujaba"),
        ("Harakat Ansar Allah al-Awfiya praised the attack on the American base.",
         "Harakat Ansar Allah al-Awfiya", "Iraq", date(2024, 1, 5),
         "Harakat Ansar Allah al-Awfiya"),
        # Libya: Tripoli's armed groups and the two camps' forces
        ("Clashes broke out after Rada detained the brigade's commander at Mitiga airport.",
         "Rada", "Libya", date(2023, 8, 14), SDF_LIBYA),
        ("Radaa force vehicles blocked the airport road in Souq al-Juma.",
         "Radaa force", "Libya", date(2023, 8, 14), SDF_LIBYA),
        ("The Rada Special Deterrence Force said it had arrested a people smuggler.",
         "Rada Special Deterrence Force", "Libya", date(2022, 3, 2), SDF_LIBYA),
        ("Fighters of the 444 Brigade took positions around Ain Zara overnight.",
         "444 Brigade", "Libya", date(2023, 8, 14), "444th Combat Brigade"),
        ("Brigade 444 fighters shelled the Rada headquarters, residents said.",
         "Brigade 444 fighters", "Libya", date(2023, 8, 15), "444th Combat Brigade"),
        # a possessive folds into one word: the 444th's commander is the brigade's
        ("Rada detained the 444th's commander as he was about to board a flight.",
         "444th's commander", "Libya", date(2023, 8, 14), "444th Combat Brigade"),
        ("Liwa 444 said it had pulled out of the capital's southern districts.",
         "Liwa 444", "Libya", date(2022, 9, 1), "444th Combat Brigade"),
        ("The commander was handed over to the Stability Support Apparatus.",
         "Stability Support Apparatus", "Libya", date(2023, 8, 15),
         "Stability Support Apparatus"),
        ("Haftar's Libyan National Army shelled the southern suburbs of Tripoli.",
         "Libyan National Army", "Libya", date(2019, 5, 10), HAFTAR),
        ("The LNA said its warplanes hit a depot at Misrata airport.",
         "LNA", "Libya", date(2019, 7, 26), HAFTAR),
        ("GNA forces retook the town of Gharyan in a surprise offensive.",
         "GNA forces", "Libya", date(2019, 6, 26), GNA),
        ("GNU forces deployed armoured vehicles around the prime minister's office.",
         "GNU forces", "Libya", date(2022, 5, 17), GNU),
        # Lebanon
        ("Hezbollah and Amal accused the Christian Lebanese Forces party of posting snipers.",
         "Christian Lebanese Forces party", "Lebanon", date(2021, 10, 14), "Lebanese Forces"),
        ("Hezbollah and Amal accused the Christian Lebanese Forces party of posting snipers.",
         "Amal", "Lebanon", date(2021, 10, 14), "Amal Movement"),
        ("Lebanese Forces gunmen were seen on the rooftops, the two parties said.",
         "Lebanese Forces gunmen", "Lebanon", date(2021, 10, 14), "Lebanese Forces"),
        ("Lebanese forces deployed in the streets after the exchange of fire.",
         "Lebanese forces", "Lebanon", date(2021, 10, 14), "Military Forces of Lebanon"),
        ("The Lebanese army said it had arrested nine people from both sides.",
         "The Lebanese army", "Lebanon", date(2021, 10, 14), "Military Forces of Lebanon"),
        ("The LAF moved armoured vehicles into the Tayouneh roundabout.",
         "LAF", "Lebanon", date(2021, 10, 14), "Military Forces of Lebanon"),
        ("The Islamic Resistance in Lebanon said it fired a drone at a barracks in the north.",
         "Islamic Resistance in Lebanon", "Lebanon", date(2024, 2, 1), "Hezbollah"),
        # the Philippines
        ("Troops overran a camp of the pro-ISIS Dawlah Islamiyah near Datu Hoffer Ampatuan.",
         "Dawlah Islamiyah", "Philippines", date(2023, 12, 1), IS_PH),
        ("The Maute group held parts of Marawi for five months in 2017.",
         "Maute group", "Philippines", date(2017, 6, 1), IS_PH),
        ("A DI-Maute sub-leader was among those killed, the army said.",
         "DI-Maute", "Philippines", date(2023, 12, 1), IS_PH),
        ("Police blamed the DI for the blast at the university gymnasium.",
         "DI", "Philippines", date(2023, 12, 3), IS_PH),
        ("The Islamic State said its fighters had bombed a gathering of Christians.",
         "The Islamic State", "Philippines", date(2023, 12, 3), IS_PH),
        ("Abu Sayyaf gunmen seized three fishermen off the coast of Sulu.",
         "Abu Sayyaf gunmen", "Philippines", date(2019, 9, 12), "Abu Sayyaf Group"),
        ("Kidnappers from the ASG released a Malaysian hostage in Patikul.",
         "ASG", "Philippines", date(2019, 9, 12), "Abu Sayyaf Group"),
        ("BIFF gunmen fired mortars at an army detachment in Datu Salibo.",
         "BIFF", "Philippines", date(2022, 5, 3), "BIFF: Bangsamoro Islamic Freedom Fighters"),
        ("New People's Army guerrillas ambushed a police patrol in Samar.",
         "New People's Army", "Philippines", date(2021, 6, 6), "NPA: New People's Army"),
        ("Communist rebels torched construction equipment in Negros Oriental.",
         "Communist rebels", "Philippines", date(2021, 6, 6), "NPA: New People's Army"),
        ("The MILF said its men were not involved in the shooting.",
         "MILF", "Philippines", date(2022, 5, 3), "MILF: Moro Islamic Liberation Front"),
        ("AFP troops recovered the bodies of four militants after the clash.",
         "AFP troops", "Philippines", date(2023, 12, 2), AFP_PH),
        ("Philippine Marines killed two gunmen in a clash in Basilan.",
         "Philippine Marines", "Philippines", date(2021, 2, 2), AFP_PH),
        ("The Armed Forces of the Philippines said the air strikes killed 11 militants.",
         "Armed Forces of the Philippines", "Philippines", date(2023, 12, 1), AFP_PH),
        # Somalia
        ("Somali National Army troops retook the town of Mahas from the militants.",
         "Somali National Army", "Somalia", date(2022, 9, 20), "Military Forces of Somalia"),
        ("The SNA said it had killed 30 fighters near Adan Yabaal.",
         "SNA", "Somalia", date(2022, 9, 20), "Military Forces of Somalia"),
        ("Danab commandos raided an al-Shabaab checkpoint at dawn.",
         "Danab commandos", "Somalia", date(2023, 3, 1), "Military Forces of Somalia"),
        ("Ma'awisley militias and the army pushed the insurgents out of the village.",
         "Ma'awisley militias", "Somalia", date(2022, 9, 20), "Ma'awisley Militia"),
        ("Macawisley fighters set up a checkpoint on the Beledweyne road.",
         "Macawisley fighters", "Somalia", date(2022, 9, 20), "Ma'awisley Militia"),
        ("AMISOM troops repelled an attack on their base in Lower Shabelle.",
         "AMISOM troops", "Somalia", date(2019, 4, 1), AMISOM),
        ("ATMIS said one of its convoys struck a roadside bomb near Baidoa.",
         "ATMIS", "Somalia", date(2023, 5, 26), ATMIS),
        ("The khawarij fled after losing 20 fighters, the information ministry said.",
         "The khawarij", "Somalia", date(2023, 1, 4), "Al Shabaab"),
        # Mozambique
        ("The Ahlu Sunna Wal Jamaa insurgents have attacked Cabo Delgado since 2017.",
         "Ahlu Sunna Wal Jamaa", "Mozambique", date(2021, 3, 24), IS_MZ),
        ("ISCAP claimed the attack on the town of Palma in March 2021.",
         "ISCAP", "Mozambique", date(2021, 3, 24), IS_MZ),
        ("Shabaab militants burned a chapel in Ancuabe district.",
         "Shabaab militants", "Mozambique", date(2022, 6, 8), IS_MZ),
        ("The FDS said they killed four insurgents in the exchange of fire.",
         "FDS", "Mozambique", date(2024, 2, 9), "Military Forces of Mozambique"),
        ("The FADM regained the district headquarters on Sunday.",
         "FADM", "Mozambique", date(2024, 2, 11), "Military Forces of Mozambique"),
        ("The RSF said it had cleared the road between Mocimboa da Praia and Palma.",
         "RSF", "Mozambique", date(2022, 8, 1), "Military Forces of Rwanda"),
        ("SAMIM said its troops killed six insurgents in Macomia.",
         "SAMIM", "Mozambique", date(2023, 2, 1),
         "SAMIM: Southern African Development Community Mission in Mozambique"),
        # Sudan
        ("The Rapid Support militia (RSF) entered the city after clashes with the army.",
         "Rapid Support militia", "Sudan", date(2023, 12, 18), "Rapid Support Forces"),
        ("The RSF denied that its men had looted the banks.",
         "RSF", "Sudan", date(2023, 12, 19), "Rapid Support Forces"),
        ("The war between the army and the Rapid Support began in April.",
         "the Rapid Support", "Sudan", date(2023, 12, 19), "Rapid Support Forces"),
        ("SAF warplanes bombed gatherings near the Hantoub bridge.",
         "SAF", "Sudan", date(2023, 12, 19), "Military Forces of Sudan"),
        ("The Sudanese Armed Forces said they had repelled an assault on El Fasher.",
         "Sudanese Armed Forces", "Sudan", date(2024, 5, 11), "Military Forces of Sudan"),
        # Ethiopia
        ("Fano militiamen seized the airport before federal troops pushed them back.",
         "Fano militiamen", "Ethiopia", date(2023, 8, 9), "Fano Militia"),
        ("Fano militiamen seized the airport before federal troops pushed them back.",
         "federal troops", "Ethiopia", date(2023, 8, 9), "Military Forces of Ethiopia"),
        ("The ENDF said it had retaken Lalibela from the militia.",
         "ENDF", "Ethiopia", date(2023, 8, 9), "Military Forces of Ethiopia"),
        ("Tigray Defence Forces fighters advanced on the town of Dessie.",
         "Tigray Defence Forces", "Ethiopia", date(2021, 10, 30), TPLF),
        ("The OLA denied killing the passengers on the road to Nekemte.",
         "OLA", "Ethiopia", date(2023, 1, 10), "OLA: Oromo Liberation Army"),
        ("State media blamed the Shane for the massacre in western Oromia.",
         "Shane", "Ethiopia", date(2022, 6, 18), "OLA: Oromo Liberation Army"),
        ("Eritrean troops looted the town of Adwa, residents said.",
         "Eritrean troops", "Ethiopia", date(2021, 3, 1), "Military Forces of Eritrea"),
        ("The EDF withdrew from the border town after the truce.",
         "EDF", "Ethiopia", date(2023, 1, 10), "Military Forces of Eritrea"),
        # India (Manipur)
        ("Meitei groups blamed Kuki militants for the killings at Kwakta.",
         "Kuki militants", "India", date(2023, 8, 5), KUKI),
        ("Kuki-Zo village volunteers exchanged fire with a Meitei militia near Moirang.",
         "Kuki-Zo village volunteers", "India", date(2023, 9, 7), KUKI),
        ("Kuki-Zo village volunteers exchanged fire with a Meitei militia near Moirang.",
         "Meitei militia", "India", date(2023, 9, 7), MEITEI),
        ("Arambai Tenggol members stopped vehicles at the Sekmai checkpoint.",
         "Arambai Tenggol", "India", date(2024, 1, 24), "Arambai Tenggol"),
        ("Leaders of Meitei Leepun called for the hill districts to be cleared of militants.",
         "Meitei Leepun", "India", date(2023, 7, 1), "Meitei Leepun"),
        ("Assam Rifles personnel were deployed in the buffer zone.",
         "Assam Rifles", "India", date(2023, 8, 5), "Military Forces of India"),
        ("A mob broke into the armoury of the 2nd India Reserve Battalion.",
         "2nd India Reserve Battalion", "India", date(2023, 8, 3), "Police Forces of India"),
        ("Manipur Police commandos returned fire from the bunker.",
         "Manipur Police commandos", "India", date(2023, 8, 5), "Police Forces of India"),
        # Afghanistan and Pakistan
        ("ISIS-K claimed the suicide bombing at the Kabul airport gate.",
         "ISIS-K", "Afghanistan", date(2021, 8, 26), "Islamic State (Afghanistan)"),
        ("Daesh Khorasan claimed the blast at the Shia mosque in Kunduz.",
         "Daesh Khorasan", "Afghanistan", date(2021, 10, 8), "Islamic State (Afghanistan)"),
        # translated Dari copy: "the Khorasan branch of the Daesh group took the responsibility"
        ("The Khorasan branch took the responsibility of the blast in Dasht-e-Barchi.",
         "Khorasan branch", "Afghanistan", date(2024, 9, 3), "Islamic State (Afghanistan)"),
        ("IS-KP said its men planted the bomb at the rally in Bajaur.",
         "IS-KP", "Pakistan", date(2023, 7, 30), "Islamic State (Pakistan)"),
        ("Forces of the Islamic Emirate raided a hideout in Nangarhar.",
         "the Islamic Emirate", "Afghanistan", date(2022, 3, 1), "Taliban"),
        ("Tehrik-i-Taliban Pakistan fighters stormed a police station in Lakki Marwat.",
         "Tehrik-i-Taliban Pakistan", "Pakistan", date(2023, 3, 1),
         "TTP: Tehreek-i-Taliban Pakistan"),
        # the Sahel
        ("Katiba Macina fighters blockaded the town for a month.",
         "Katiba Macina", "Mali", date(2022, 9, 6), "JNIM: Group for Support of Islam and Muslims"),
        ("Wagner mercenaries and Malian soldiers executed dozens of men in Moura.",
         "Wagner mercenaries", "Mali", date(2022, 3, 27), "Wagner Group"),
        ("FAMa and their Russian allies took the town from the rebels.",
         "FAMa", "Mali", date(2023, 11, 14), "Military Forces of Mali"),
        ("The FDS repelled an attack on the Djibo detachment.",
         "FDS", "Burkina Faso", date(2023, 2, 20), "Military Forces of Burkina Faso"),
        ("The FDS lost 17 soldiers in an ambush near Koutougou.",
         "FDS", "Niger", date(2023, 8, 15), "Military Forces of Niger"),
        ("Nigerien troops killed dozens of attackers near the border with Mali.",
         "Nigerien troops", "Niger", date(2023, 8, 15), "Military Forces of Niger"),
        # Myanmar
        ("PDFs in Sagaing ambushed a junta column on the Monywa road.",
         "PDFs", "Myanmar", date(2023, 4, 12), "PDF: People's Defense Force"),
        # Yemen
        ("Houthi rebels fired a drone at the oil terminal in Hadramawt.",
         "Houthi rebels", "Yemen", date(2022, 10, 21), "Houthi Movement"),
        ("Ansarullah said it had targeted the terminal to stop the oil exports.",
         "Ansarullah", "Yemen", date(2022, 10, 21), "Houthi Movement"),
        ("The National Army said it repelled a Houthi assault west of Marib.",
         "The National Army", "Yemen", date(2021, 11, 10), "Military Forces of Yemen"),
        ("Yemeni government forces retook three villages south of Marib city.",
         "Yemeni government forces", "Yemen", date(2021, 11, 10), "Military Forces of Yemen"),
        ("Suspected al-Qaeda gunmen killed four soldiers at a checkpoint in Abyan.",
         "al-Qaeda gunmen", "Yemen", date(2022, 9, 6), AQAP),
        ("AQAP claimed the attack on the Security Belt post.",
         "AQAP", "Yemen", date(2022, 9, 6), AQAP),
        ("The STC took over the government compound in Ataq.",
         "STC", "Yemen", date(2022, 8, 10), "STC: Southern Transitional Council"),
    ],
)  # fmt: skip
def test_more_regions(
    actors: ActorDictionary, sentence: str, mention: str, country: str, on: date, expected: str
) -> None:
    assert _resolve(actors, sentence, mention, country, on) == expected


@pytest.mark.parametrize(
    ("sentence", "mention", "country", "on", "expected"),
    [
        # al-Shabaab: the Cabo Delgado insurgents in Mozambique, Somalia's group elsewhere
        ("Al-Shabaab fighters beheaded two farmers near Mocimboa da Praia.",
         "Al-Shabaab fighters", "Mozambique", date(2021, 4, 1), IS_MZ),
        ("Residents said al-Shabaab had burned the market in Quissanga.",
         "al-Shabaab", "Mozambique", date(2021, 4, 1), IS_MZ),
        ("Al-Shabaab claimed the twin car bombs outside the education ministry.",
         "Al-Shabaab", "Somalia", date(2022, 10, 29), "Al Shabaab"),
        ("Kenyan officials blamed al-Shabaab for the attack on the bus near Mandera.",
         "al-Shabaab", "Kenya", date(2022, 10, 29), "Al Shabaab"),
        # ISCAP: the ADF in Congo, the Cabo Delgado insurgents in Mozambique
        ("ISCAP said its fighters burned a church near Beni.", "ISCAP",
         "Democratic Republic of Congo", date(2023, 6, 1), "ADF: Allied Democratic Forces"),
        # "SNA": Somalia's army there, the Turkish-backed factions in Syria
        ("The SNA shelled Kurdish positions west of Manbij.", "SNA", "Syria", date(2022, 11, 20),
         "Syrian National Army"),
        # "SDF": Rada in Libya, the Kurdish-led forces in Syria
        ("The SDF said it had arrested an IS cell leader in Hasakah.", "SDF", "Syria",
         date(2022, 11, 20), "SDF: Syrian Democratic Forces"),
        ("The SDF took control of the airport after the clashes.", "SDF", "Libya",
         date(2023, 8, 15), SDF_LIBYA),
        # "RSF": the paramilitary in Sudan, Rwanda's force in Mozambique
        ("RSF fighters looted the market in Wad Madani.", "RSF fighters", "Sudan",
         date(2023, 12, 19), "Rapid Support Forces"),
        # "National Army": Yemen's army there, the Syrian National Army in Syria
        ("The National Army shelled villages near Tal Rifaat.", "National Army", "Syria",
         date(2022, 11, 20), "Syrian National Army"),
        # "FDS": each Sahel army and Mozambique's in their own country
        ("FDS soldiers repelled an attack near Tillaberi.", "FDS", "Niger", date(2023, 8, 15),
         "Military Forces of Niger"),
        # khawarij: al-Shabaab in Somalia, any militants in Pakistan
        ("Security forces killed eight khawarij in North Waziristan.", "khawarij", "Pakistan",
         date(2024, 9, 10), "Unidentified Armed Group (Pakistan)"),
    ],
)  # fmt: skip
def test_shared_aliases_by_country(
    actors: ActorDictionary, sentence: str, mention: str, country: str, on: date, expected: str
) -> None:
    assert _resolve(actors, sentence, mention, country, on) == expected


@pytest.mark.parametrize(
    ("sentence", "mention", "country", "on", "label", "wrong"),
    [
        # Rada and Radaa are a town of al-Bayda in Yemen; Ramadi is Anbar's capital
        ("Tribesmen clashed with AQAP fighters in Rada on Saturday.", "Rada", "Yemen",
         date(2014, 10, 18), "GPE", SDF_LIBYA),
        ("Houthi forces shelled Radaa for a second day.", "Radaa", "Yemen", date(2014, 10, 18),
         "GPE", SDF_LIBYA),
        ("Rada forces loyal to the tribal sheikh held the town's hills.", "Rada forces", "Yemen",
         date(2014, 10, 18), None, SDF_LIBYA),
        ("Rada forces loyal to the tribal sheikh held the town's hills.", "Rada forces", "Yemen",
         date(2014, 10, 18), None, "Hezbollah"),
        ("Iraqi troops retook Ramadi from the Islamic State.", "Ramadi", "Iraq",
         date(2015, 12, 28), "GPE", SDF_LIBYA),
        # another army's 44th brigade is not the Libyan 444th
        ("The 44th Brigade held the line near Bakhmut.", "44th Brigade", "Ukraine",
         date(2023, 2, 1), None, "444th Combat Brigade"),
        ("Brigade 444 of the national guard was sent to the border.", "Brigade 444", "Ukraine",
         date(2023, 2, 1), None, "444th Combat Brigade"),
        # the news agency, a detective, Reporters Without Borders, an English given name
        ("A photographer working for AFP was wounded in the shelling.", "AFP", "Syria",
         date(2022, 11, 20), "ORG", AFP_PH),
        ("DI Sarah Collins said the two suspects had been released on bail.", "DI",
         "United Kingdom", date(2022, 3, 1), "PERSON", IS_PH),
        ("RSF condemned the killing of the radio presenter in Tamaulipas.", "RSF", "Mexico",
         date(2022, 3, 1), "ORG", "Rapid Support Forces"),
        ("RSF condemned the killing of the radio presenter in Tamaulipas.", "RSF", "Mexico",
         date(2022, 3, 1), "ORG", "Military Forces of Rwanda"),
        ("Shane Miller, 34, was shot outside a bar in Ohio.", "Shane Miller", "United States",
         date(2022, 3, 1), "PERSON", "OLA: Oromo Liberation Army"),
        ("Amal Khalil, a nurse, was killed when the shell hit her home.", "Amal Khalil",
         "Lebanon", date(2023, 11, 21), "PERSON", "Amal Movement"),
        ("Amal Clooney addressed the court in The Hague.", "Amal Clooney", "Netherlands",
         date(2023, 11, 21), "PERSON", "Amal Movement"),
        # the Hezbollah wing's name in Lebanon; the Iraqi banner only from October 2023
        ("The Islamic Resistance said it shelled an Israeli position in the Shebaa Farms.",
         "The Islamic Resistance", "Lebanon", date(2023, 11, 2), None, IRI),
        ("The Islamic Resistance in Iraq was not yet a name anyone used.",
         "Islamic Resistance in Iraq", "Iraq", date(2021, 6, 1), None, IRI),
        # the Libyan camps by period: no GNA after the GNU took office
        ("GNA forces is how the outlet still called the Tripoli units.", "GNA forces", "Libya",
         date(2022, 5, 17), None, GNA),
        # communist rebels of another country; Ansar al-Sharia of Libya
        ("Communist rebels attacked a police post in the Andes.", "Communist rebels", "Peru",
         date(1989, 5, 1), None, "NPA: New People's Army"),
        ("Ansar al-Sharia fighters clashed with the army in Benghazi.", "Ansar al-Sharia",
         "Libya", date(2014, 10, 15), None, AQAP),
        ("The PKK militants attacked a gendarmerie post in Hakkari.", "PKK militants", "Turkey",
         date(2016, 9, 12), None, KUKI),
        ("EDF said power had been restored to the region.", "EDF", "France", date(2022, 3, 1),
         "ORG", "Military Forces of Eritrea"),
        # the Iraqi CTS's "ISF" is not Lebanon's police in Iraq
        ("The ISF said it killed two militants in the Hamrin mountains.", "ISF", "Iraq",
         date(2021, 6, 1), "ORG", "Police Forces of Lebanon"),
    ],
)  # fmt: skip
def test_look_alikes_stay_apart(
    actors: ActorDictionary,
    sentence: str,
    mention: str,
    country: str,
    on: date,
    label: str | None,
    wrong: str,
) -> None:
    assert mention in sentence, "the mention must come from its sentence"
    found = actors.match(mention, country=country, on=on, label=label)
    assert found is None or found.name != wrong


@pytest.mark.parametrize(
    ("mention", "on", "expected"),
    [
        ("AU troops", date(2019, 4, 1), AMISOM),
        ("African Union peacekeepers", date(2023, 5, 26), ATMIS),
        ("AU forces", date(2025, 3, 1), AUSSOM),
    ],
)
def test_the_african_union_mission_of_the_day(
    actors: ActorDictionary, mention: str, on: date, expected: str
) -> None:
    found = actors.match(mention, country="Somalia", on=on)
    assert found is not None and found.name == expected
    assert actors.inter(found, event_country="Somalia") == InterCode.EXTERNAL_OTHER_FORCES
    # the generic names of the mission are Somalia's only
    assert actors.canonical(mention, country="Sudan", on=on) != expected


@pytest.mark.parametrize(
    ("mention", "on", "expected"),
    [
        ("Tripoli government forces", date(2019, 6, 26), GNA),
        ("Tripoli government forces", date(2022, 5, 17), GNU),
        ("Haftar's forces", date(2019, 6, 26), HAFTAR),
    ],
)
def test_libyan_camps_by_period(
    actors: ActorDictionary, mention: str, on: date, expected: str
) -> None:
    found = actors.match(mention, country="Libya", on=on)
    assert found is not None and found.name == expected
    assert actors.inter(found, event_country="Libya") == InterCode.STATE_FORCES


@pytest.mark.parametrize(
    ("mention", "country", "inter"),
    [
        ("Islamic Resistance in Iraq", "Iraq", InterCode.POLITICAL_MILITIAS),
        ("444 Brigade", "Libya", InterCode.POLITICAL_MILITIAS),
        ("Rada", "Libya", InterCode.POLITICAL_MILITIAS),
        ("Lebanese Forces", "Lebanon", InterCode.POLITICAL_MILITIAS),
        ("Lebanese forces", "Lebanon", InterCode.STATE_FORCES),
        ("Amal", "Lebanon", InterCode.POLITICAL_MILITIAS),
        ("Dawlah Islamiyah", "Philippines", InterCode.REBEL_GROUPS),
        ("NPA", "Philippines", InterCode.REBEL_GROUPS),
        ("Ma'awisley", "Somalia", InterCode.IDENTITY_MILITIAS),
        ("ATMIS", "Somalia", InterCode.EXTERNAL_OTHER_FORCES),
        ("RSF", "Sudan", InterCode.REBEL_GROUPS),
        ("RSF", "Mozambique", InterCode.EXTERNAL_OTHER_FORCES),
        ("Fano", "Ethiopia", InterCode.IDENTITY_MILITIAS),
        ("Kuki militants", "India", InterCode.IDENTITY_MILITIAS),
        ("Wagner Group", "Mali", InterCode.EXTERNAL_OTHER_FORCES),
        ("STC", "Yemen", InterCode.POLITICAL_MILITIAS),
    ],
)
def test_inter_codes(actors: ActorDictionary, mention: str, country: str, inter: InterCode) -> None:
    found = actors.match(mention, country=country, on=date(2023, 12, 1))
    assert found is not None and actors.inter(found, event_country=country) == inter


def test_lebanese_forces_keep_their_capitals(actors: ActorDictionary) -> None:
    on = date(2021, 10, 14)
    party = actors.match("Lebanese Forces", country="Lebanon", on=on)
    army = actors.match("Lebanese forces", country="Lebanon", on=on)
    assert party is not None and party.name == "Lebanese Forces" and party.how == "alias"
    assert army is not None and army.name == "Military Forces of Lebanon"
    # the party named in a Syrian or any other story is still the party
    abroad = actors.match("Samir Geagea's Lebanese Forces", country="Syria", on=on)
    assert abroad is not None and abroad.name == "Lebanese Forces"


def test_a_local_alias_is_never_a_fuzzy_spelling(actors: ActorDictionary) -> None:
    on = date(2023, 8, 15)
    # "Stability Support Apparatus" is spelled out anywhere; its "SSA" is Libya's only
    assert actors.canonical("SSA", country="Libya", on=on) == "Stability Support Apparatus"
    assert actors.canonical("SSA", country="United States", on=on) is None
    # a misspelt local name is no name: "Raada" is not "Radaa"
    assert actors.canonical("Raada forces", country="Libya", on=on) != SDF_LIBYA


@pytest.mark.parametrize(
    ("name", "country"),
    [("Rada", "Libya"), ("Amal", "Lebanon"), ("Lebanese Forces", "Lebanon"),
     ("Christian Lebanese Forces party", "Lebanon"), ("AFP troops", "Philippines"),
     ("two NPA rebels", "Philippines"), ("the Islamic Resistance", "Iraq")],
)  # fmt: skip
def test_local_and_cased_names_may_name_an_actor(
    actors: ActorDictionary, name: str, country: str
) -> None:
    """The article subject votes only on mentions that `_may_name` allows."""
    found = actors.match(name, country=country, on=date(2023, 12, 1))
    assert found is not None and found.how in {"alias", "contained"}
    assert actors._may_name(name)


def test_the_militia_of_a_sudanese_story_is_the_rsf(actors: ActorDictionary) -> None:
    mentions = [
        ActorMention(text=t, role=ActorRole.ACTOR1)
        for t in ("Rapid Support militia", "RSF", "the army")
    ]
    on = date(2023, 12, 18)
    subject = actors.subject(mentions, country="Sudan", on=on)
    assert subject is not None and subject.name == "Rapid Support Forces"
    assert actors.subject_fits("elements of the militia", subject)


def test_a_user_file_may_add_local_and_cased_aliases(tmp_path: Path) -> None:
    extra = tmp_path / "actors.yaml"
    extra.write_text(
        "actors:\n"
        "  - name: Free Patriotic Movement\n"
        "    inter: 3\n"
        "    country: Lebanon\n"
        "    local_aliases: [FPM]\n"
        "    cased_aliases: [Patriotic Movement]\n",
        encoding="utf-8",
    )
    actors = ActorDictionary.load(extra)
    on = date(2021, 10, 14)
    assert actors.canonical("FPM", country="Lebanon", on=on) == "Free Patriotic Movement"
    # Honduras has an FPM of its own
    assert actors.canonical("FPM", country="Honduras", on=on) == "FPM: Morazanist Patriotic Front"
    assert actors.canonical("Patriotic Movement", country="Lebanon", on=on) == (
        "Free Patriotic Movement"
    )
    assert actors.canonical("patriotic movement", country="Lebanon", on=on) is None
