#!/usr/bin/env bash
# The main job on the bundled examples, in a throwaway settings file and database.
# The clock is set to the morning after the example interview (AFTERWORD_NOW).
set -euo pipefail
cd "$(dirname "$0")/.."
demo=$(mktemp -d)
trap 'rm -rf "$demo"' EXIT
export AFTERWORD_CONFIG="$demo/config.toml" AFTERWORD_DB="$demo/afterword.db"
export AFTERWORD_NOW="2026-03-03T08:30:00-05:00"
export XDG_DATA_HOME="$demo/data"
# Show each command as it could be typed (quoted where needed), then run it.
aw() { printf '\n\033[1m$ afterword'; printf ' %q' "$@"; printf '\033[0m\n'; .venv/bin/afterword "$@"; }

echo "Afterword demo: a throwaway database in $demo; the clock says $AFTERWORD_NOW,"
echo "the morning after Jordan's interview with Acme Analytics."
aw profile set name "Jordan Lee"
aw profile set email "jordan.lee@example.com"
aw profile set timezone "America/New_York"
aw add examples/acme-data-engineer.toml
aw add examples/harbor-panel.toml
aw list
aw show 1

echo
echo "Jordan drafted two notes to Priya. The review knows the interview: the company,"
echo "Priya's name, the topics, the concern raised, and Jordan's other applications."
aw review examples/notes/flawed-thank-you.txt --interview 1 --to Priya --subject "Thank you" || true
aw review examples/notes/good-thank-you.txt --interview 1 --to Priya \
    --subject "Thank you - Data Engineer interview"

echo
echo "Now Afterword writes the notes: one per interviewer, in the channel each prefers,"
echo "each reviewed. They are stored as drafts, ready to edit, export or send."
aw draft 1
echo
echo "Harbor & Finch's panel is on Thursday: Afterword drafts ahead of time too, and says"
echo "so, since the notes speak of the interview as over."
aw draft 2

echo
echo "Most records are jotted on a phone in the car park. Afterword spells the shorthand"
echo "out, turns remarks about the reader to them, leaves asides out, and says what to"
echo "rephrase rather than sending broken English (a preview: nothing is stored)."
aw draft examples/jotted/support-engineer.toml
aw messages
aw export 3 --as card --out "$demo/card"

echo
echo "What to send when: the plan for the Acme interview, and the morning agenda."
aw plan 1
aw agenda

echo
echo "Afterword can send the e-mails itself. The demo starts a mail server on this"
echo "computer that only keeps what it receives, and sends the two Acme notes to it."
.venv/bin/python scripts/demo_mailserver.py "$demo/received" "$demo/port" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$demo"' EXIT
for _ in $(seq 50); do [ -s "$demo/port" ] && break; sleep 0.1; done
aw config set smtp.host 127.0.0.1
aw config set smtp.port "$(cat "$demo/port")"
aw config set smtp.security none
aw send 1 --now
aw send 2 --now
aw outbox
echo
echo "What the mail server received:"
for f in "$demo"/received/*.eml; do
    grep -E '^(From|To|Subject|Message-ID):' "$f" | sed 's/^/    /'
    echo
done
echo "That was the whole job: capture, review, draft, plan and send. The same job, in your"
echo "browser: .venv/bin/afterword web (a local web app; see docs/web.md). More in README.md."
