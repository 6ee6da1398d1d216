# Shared by the ./ashlar launcher and examples/shop/run.sh. Source it, then:
#   JAVA="$(ashlar_find_java)"        a JDK >= 21
#   ashlar_build DIR [MAVEN ARGS...]  mvn -q -DskipTests install in DIR, quietly (./mvnw when mvn is missing)
# ashlar_find_java's order: $JAVA_HOME when it is >= 21, else the newest JDK under /usr/lib/jvm (Linux) or
# /Library/Java/JavaVirtualMachines (macOS), else `java` on the PATH when it is >= 21.

ASHLAR_MIN_JAVA=21

# The major version of a java binary (8 for 1.8.0_x, 25 for 25.0.3), or nothing if it does not run.
ashlar_java_major() {
  local version
  version="$("$1" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')" || return 1
  case "$version" in
    1.*) version="${version#1.}" ;;
  esac
  version="${version%%[!0-9]*}"
  [ -n "$version" ] && echo "$version"
}

# Prints the path of a java binary >= 21, or explains on stderr and returns 1.
ashlar_find_java() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major="$(ashlar_java_major "$JAVA_HOME/bin/java" || true)"
    if [ "${major:-0}" -ge "$ASHLAR_MIN_JAVA" ]; then
      echo "$JAVA_HOME/bin/java"
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java; do
    [ -x "$candidate" ] || continue
    major="$(ashlar_java_major "$candidate" || true)"
    if [ "${major:-0}" -gt "$best_major" ]; then
      best_major="$major"
      best="$candidate"
    fi
  done
  if [ "$best_major" -ge "$ASHLAR_MIN_JAVA" ]; then
    echo "$best"
    return 0
  fi
  if command -v java >/dev/null 2>&1; then
    major="$(ashlar_java_major "$(command -v java)" || true)"
    if [ "${major:-0}" -ge "$ASHLAR_MIN_JAVA" ]; then
      command -v java
      return 0
    fi
  fi
  echo "ashlar: needs a JDK >= $ASHLAR_MIN_JAVA, found none (JAVA_HOME=${JAVA_HOME:-unset}; newest under" \
    "/usr/lib/jvm: ${best_major/#0/none}). Install one (e.g. 'apt-get install openjdk-21-jdk-headless' or a" \
    "Temurin 21+ package), or point JAVA_HOME at it." >&2
  return 1
}

ASHLAR_SCRIPTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# The Maven to run: `mvn` on the PATH, else the repository's wrapper (./mvnw downloads Maven once, so a machine
# with only a JDK can build).
ashlar_maven() {
  if command -v mvn >/dev/null 2>&1; then
    echo mvn
  else
    echo "$ASHLAR_SCRIPTS_DIR/../mvnw"
  fi
}

# Runs `mvn -B -q -DskipTests install` with extra arguments in a folder; prints only Maven's errors (without the
# stray colour codes Maven 3.8 emits even when quiet) and returns Maven's exit code.
ashlar_build() {
  local dir="$1" maven
  shift
  maven="$(ashlar_maven)"
  (cd "$dir" && "$maven" -B -q -DskipTests install "$@") 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^[[:space:]]*$/d'
  return "${PIPESTATUS[0]}"
}
