#!/usr/bin/env bash
# The shop example end to end on SQLite (no server, no environment needed), safe to run again:
# build, generate the migrations afresh into a scratch folder, create and migrate the database, show its status,
# then run ShopDemo. The committed files (src/main/resources/db) are never touched.
set -euo pipefail
SHOP="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
ROOT="$(cd "$SHOP/../.." && pwd)"
. "$ROOT/scripts/common.sh"
JAVA="$(ashlar_find_java)"

echo "==> mvn -q -DskipTests install -pl cli,examples/shop -am   (in $ROOT)"
ashlar_build "$ROOT" -pl cli,examples/shop -am

cd "$SHOP"
SCRATCH=target/run/db
rm -rf target/run

# Every CLI call: the example's classes on the class path, the scratch folder as migrations root.
ashlar() {
  local command="$1"
  shift
  echo
  echo "==> ashlar $command${*:+ $*} --classpath target/classes --root $SCRATCH"
  "$ROOT/ashlar" "$command" "$@" --classpath target/classes --root "$SCRATCH"
}

ashlar drop                 # the database of a previous run, if any
ashlar codegen create_shop
ashlar create
ashlar migrate
ashlar status

echo
echo "==> java -cp target/classes:<runtime deps> dev.ashlar.examples.shop.ShopDemo"
"$JAVA" --enable-native-access=ALL-UNNAMED -cp "target/classes:$(cat target/classpath.txt)" \
  dev.ashlar.examples.shop.ShopDemo
