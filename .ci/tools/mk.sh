#!/bin/bash
# mk.sh NAME PORT AREA TASKFILE DEADLINE BEFORESTOP DAY — writes /work/briefs/NAME.md for a helper.
set -e
NAME=$1 PORT=$2 AREA=$3 TASK=$4 DL=$5 BS=$6 DAY=$7
{
  echo "NAME=$NAME PORT=$PORT DEADLINE=$DL UTC $DAY (start before-stop by $BS UTC; check with date -u)"
  echo
  echo "Area: $AREA"
  echo
  echo "## Task"
  cat "$TASK"
  echo
  echo "Then walk your area in the sandbox as its real users would in early-to-mid December (cold, snow, ice, year-end, people coming home for Spring Festival): try what they would say, in their own words, and fix what they would find wrong, most harmful first. Verify each known leftover before fixing; say which were and were not."
} > /work/briefs/$NAME.md
