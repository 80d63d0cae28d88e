from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sitrep.errors import ConfigError, ResolutionError
from sitrep.resolve.gazetteer import Gazetteer, import_geonames


def test_lookup_ranks_spellings_then_population(gazetteer: Gazetteer) -> None:
    found = gazetteer.lookup("Tikrit")
    assert [e.cc for e in found[:2]] == ["IQ", "LB"]
    assert gazetteer.lookup("Miqdadiyah")[0].name == "Muqdadiyah"
    assert gazetteer.lookup("Qa'im")[0].name == "Al Qaim"
    assert gazetteer.lookup("Tikrit", country="LB")[0].population == 900


@pytest.mark.parametrize(
    ("country", "name", "expected"),
    [
        ("Iraq", "Salahaddin", "Salah ad Din"),
        ("Iraq", "Salah al-Din Governorate", "Salah ad Din"),
        ("IQ", "Saladin", "Salah ad Din"),
        ("Iraq", "Ninawa", "Nineveh"),
        ("Iraq", "Kirkuk Province", "Kirkuk"),
        ("Syria", "Dayr az Zawr", "Deir ez-Zor"),
        ("Syria", "Hasakah", "Al Hasakah"),
        ("Syria", "Tikrit", None),
        ("Atlantis", "Diyala", None),
    ],
)
def test_canonical_admin1(
    gazetteer: Gazetteer, country: str, name: str, expected: str | None
) -> None:
    assert gazetteer.canonical_admin1(country, name) == expected


def test_capitals_are_flagged(gazetteer: Gazetteer) -> None:
    baghdad = next(e for e in gazetteer.lookup("Baghdad") if e.kind == "city")
    kirkuk = next(e for e in gazetteer.lookup("Kirkuk") if e.kind == "city")
    assert gazetteer.is_capital(baghdad)
    assert not gazetteer.is_capital(kirkuk)


def test_country_codes(gazetteer: Gazetteer) -> None:
    assert gazetteer.country_code("Iraq") == "IQ"
    assert gazetteer.country_code("U.S.") == "US"
    assert gazetteer.country_code("sy") == "SY"
    assert gazetteer.country_name("IQ") == "Iraq"


def test_load_rejects_a_foreign_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    con = sqlite3.connect(bad)
    con.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    con.execute("INSERT INTO meta VALUES ('version', 'other-9')")
    con.commit()
    con.close()
    with pytest.raises(ResolutionError, match="version"):
        Gazetteer.load(bad)


def test_load_builds_when_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_index: Path
) -> None:
    from sitrep.resolve import gazetteer as module

    calls: list[Path] = []

    def fake_build(out: Path) -> None:
        calls.append(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(small_index.read_bytes())

    monkeypatch.setattr(module, "build_index", fake_build)
    target = tmp_path / "cache" / "index.sqlite"
    gaz = Gazetteer.load(target)
    assert calls == [target]
    assert gaz.lookup("Baghdad")


def _line(*fields: object) -> str:
    return "\t".join(str(f) for f in fields) + "\n"


def _geonames_row(gid: int, name: str, alt: str, lat: float, lon: float, fclass: str,
                  fcode: str, cc: str, a1: str, a2: str, pop: int) -> str:  # fmt: skip
    ascii_ = name.encode("ascii", "ignore").decode()
    return _line(gid, name, ascii_, alt, lat, lon, fclass, fcode, cc, "", a1, a2, "", "", pop,
                 "", 40, "Asia/Baghdad", "2020-01-01")  # fmt: skip


def test_import_geonames_small_dump(tmp_path: Path) -> None:
    dump = tmp_path / "allCountries.txt"
    dump.write_text(
        _geonames_row(99237, "Iraq", "Irak,Republic of Iraq", 33.0, 44.0, "A", "PCLI", "IQ", "00",
                      "", 38_000_000)
        + _geonames_row(96965, "Diyālá", "Diyala Governorate", 33.9, 45.0, "A", "ADM1", "IQ",
                        "10", "", 0)
        + _geonames_row(5000001, "Zaghniya", "Zaghnia,Al Zaghniyah", 33.80, 44.60, "P", "PPL",
                        "IQ", "10", "", 1200)
        + _geonames_row(5000002, "Zaghniya Hill", "", 33.81, 44.61, "T", "HLL", "IQ", "10", "", 0)
        + _geonames_row(5000003, "Homs", "Hims", 34.7, 36.7, "P", "PPLA", "SY", "11", "", 775_000),
        encoding="utf-8",
    )  # fmt: skip
    alternates = tmp_path / "alternateNamesV2.txt"
    alternates.write_text(
        _line(1, 5000001, "en", "Zeghniya", "", "", "", "", "", "")
        + _line(2, 5000001, "link", "https://example.org/Zaghniya", "", "", "", "", "", ""),
        encoding="utf-8",
    )
    admin1 = tmp_path / "admin1CodesASCII.txt"
    admin1.write_text(_line("IQ.10", "Diyālá", "Diyala", 96965), encoding="utf-8")
    out = tmp_path / "full.sqlite"
    stats = import_geonames(
        dump, out=out, alternate_names=alternates, admin1_codes=admin1, countries={"iq"}
    )
    assert (stats.countries, stats.admin1, stats.cities) == (1, 1, 1)
    gaz = Gazetteer.load(out)
    village = gaz.lookup("Zeghniya")[0]
    assert (village.name, village.kind, village.admin1) == ("Zaghniya", "city", "10")
    assert gaz.admin1("IQ", "10") is not None
    assert gaz.canonical_admin1("Iraq", "Diyala province") == "Diyala"
    assert gaz.lookup("Homs") == []  # outside the countries asked for
    assert not gaz.lookup("https://example.org/Zaghniya")


def test_import_geonames_reports_bad_lines(tmp_path: Path) -> None:
    dump = tmp_path / "allCountries.txt"
    dump.write_text("not\ta\tgeonames\tline\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        import_geonames(dump, out=tmp_path / "x.sqlite")
    assert info.value.line == 1
    assert info.value.path == str(dump)


@pytest.mark.slow
def test_build_from_packages_is_deterministic_and_complete(tmp_path: Path) -> None:
    from sitrep.resolve.gazetteer import build_index

    first = build_index(tmp_path / "a.sqlite")
    assert first.cities > 50_000 and first.admin1 > 3_000
    gaz = Gazetteer.load(tmp_path / "a.sqlite")
    assert gaz.canonical_admin1("Iraq", "Salahaddin") == "Salah ad Din"
    assert gaz.canonical_admin1("United States", "W.Va.") == "West Virginia"
    assert gaz.lookup("Muqdadiyah")[0].cc == "IQ"
    assert gaz.country_code("Americans") == "US"
    paris = gaz.lookup("Paris")
    assert any(gaz.is_capital(e) and e.cc == "FR" for e in paris)
    assert any(e.cc == "US" and e.population < 5000 for e in gaz.lookup("Watertown"))
    county = gaz.lookup("DeKalb County")[0]  # homonymous counties ranked by their towns
    assert (county.kind, county.admin1) == ("admin2", "GA") and county.population > 100_000
    assert gaz.lookup("DPRK")[0].cc == "KP"
    assert gaz.lookup("Ont.")[0].name == "Ontario"
    assert gaz.lookup("South Ossetia")[0].kind == "region"
    nsw = gaz.lookup("New South Wales")[0]  # its towns crowd the coast; its centre is inland
    assert nsw.kind == "admin1" and nsw.lon is not None and nsw.lon < 148.5
    second = build_index(tmp_path / "b.sqlite")
    assert (tmp_path / "a.sqlite").read_bytes() == (tmp_path / "b.sqlite").read_bytes()
    assert second.names == first.names


def test_a_units_centre_is_not_pulled_to_its_settled_coast() -> None:
    from sitrep.resolve.gazbuild import _centroid

    # towns in ten cells along the east coast (lon 10) and one far inland (lon 0)
    coast = [(float(lat), 10.0) for lat in range(10)]
    lat, lon = _centroid([*coast, (4.5, 0.0)])
    assert lat == pytest.approx(4.5)
    # the mean of the cells alone is 9.09; halfway to the middle of the extent (5.0)
    assert lon is not None and 6.5 < lon < 7.5
    assert _centroid([]) == (None, None)
