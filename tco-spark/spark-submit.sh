#!/usr/bin/env bash
# The Spark chargeback job on a machine without a Spark installation: builds the job jar, then runs it with Spark's
# own SparkSubmit (what the spark-submit command runs) from Maven's copy of Spark 4.2.0, with the JVM options of
# Spark's launcher. With a Spark installation, use its spark-submit instead (README, "Chargeback on Apache Spark").
#   tco-spark/spark-submit.sh [--master URL] chargeback FOCUS... [--pools JSON] [--usage CSV] [--utilisation CSV]
#                             [--config JSON] [--json OUT]
# --master defaults to local[2] (two threads on this machine).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARGET="$ROOT/tco-spark/target"
MASTER="local[2]"
if [ "${1:-}" = "--master" ]; then
  MASTER="$2"
  shift 2
fi
JAR="$(ls "$TARGET"/tco-spark-*-job.jar 2>/dev/null | head -1 || true)"
if [ -z "$JAR" ] || [ ! -f "$TARGET/spark-classpath.txt" ] \
    || [ -n "$(find "$ROOT/tco-core/src/main" "$ROOT/tco-spark/src/main" "$ROOT/tco-spark/pom.xml" -newer "$JAR" -print -quit)" ]; then
  echo "spark-submit.sh: building the job jar..." >&2
  mkdir -p "$TARGET"
  (cd "$ROOT" && mvn -B -q -pl tco-spark -am package -DskipTests >"$TARGET/build.log" 2>&1) \
    || { echo "spark-submit.sh: the build failed; see tco-spark/target/build.log" >&2; exit 2; }
  rm -f "$TARGET/build.log"
  JAR="$(ls "$TARGET"/tco-spark-*-job.jar | head -1)"
fi
OPENS="-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true"
# shellcheck disable=SC2086
exec java $OPENS ${SPARK_DRIVER_JAVA_OPTS:--Xmx2g} -cp "$(cat "$TARGET/spark-classpath.txt")" \
  org.apache.spark.deploy.SparkSubmit --master "$MASTER" \
  --conf spark.ui.enabled=false --conf spark.sql.session.timeZone=UTC \
  --class org.aitco.spark.Main "$JAR" "$@"
