#!/usr/bin/env bash
# Makes the PDF that `bench` reads ("read a 3-page PDF form", PdfFormRead): pages 1-3 of the form fixture
# src/test/resources/forms/001-forms.pdf (made from data/ by tools/forms/make_forms.sh, Word -> PDF by LibreOffice),
# i.e. seed 001's 部门整体支出绩效自评表, whose table runs over pages 1-2, and its first 项目支出绩效自评表 on page 3,
# each under its title lines and 单位名称. It goes to src/main/resources/benchmark/ because bench runs from the jar.
# Needs JDK 25 and Maven's local repository (PDFBox, the version the product uses).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
cp=$(mktemp)
trap 'rm -f "$cp"' EXIT
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$cp"
mkdir -p src/main/resources/benchmark
"$JAVA_HOME/bin/java" -cp "$(cat "$cp")" tools/benchmark/PdfPages.java \
    src/test/resources/forms/001-forms.pdf src/main/resources/benchmark/form-3-pages.pdf 1 3
