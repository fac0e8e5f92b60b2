# Debian packages vanban needs, sourced by scripts/demo, scripts/test and .ci/run.
# To build and run: libxml2, zlib (reading zips) and ISA-L (writing them: deflate, CRC-32),
# headers found through pkg-config.
RUN_PACKAGES=(libxml2-dev zlib1g-dev libisal-dev pkg-config)
# To test as well: xmllint and jing (ODF schema checks), LibreOffice and fonts (open the
# documents as a clerk would), poppler-utils (pdftotext, pdfinfo, pdftoppm), qpdf (the drawn
# lines of a printed page, read from its uncompressed content; PDFs split per record).
# How vanban is built for use and for measuring (scripts/install, bench/run, bench/compare,
# scripts/kill-test): the Swift runtime linked in, and no symbol exported from the executable
# (the runtime's start-up calls dladdr, which walks every exported symbol): a process starts in
# ~8 ms, not 17.
RELEASE_BUILD=(-c release --static-swift-stdlib -Xlinker --no-export-dynamic)
TEST_PACKAGES=("${RUN_PACKAGES[@]}" libxml2-utils jing libreoffice-writer-nogui fonts-liberation2 poppler-utils qpdf)
# The outgoing register (Sổ văn bản đi) prints Phụ lục IV as a spreadsheet: LibreOffice Calc
# turns it into PDF. Its PostgreSQL tests need a server (scripts/postgres-test; .ci/run starts one).
TEST_PACKAGES+=(libreoffice-calc-nogui)
# Faults as root (FaultTests): a small tmpfs, and ext4 on a loop device whose own disk is full
# (mount: mount, losetup; e2fsprogs: mkfs.ext4).
TEST_PACKAGES+=(mount e2fsprogs)
POSTGRES_TEST_PACKAGES=(postgresql)
# Building the Debian package (scripts/package): dpkg-shlibdeps finds the libraries' packages.
PACKAGE_PACKAGES=(dpkg-dev binutils git)
# Installing it into a clean Debian 12 (scripts/package-test): debootstrap, curl (the home
# page fetched from this machine).
PACKAGE_TEST_PACKAGES=(debootstrap curl)
# The web page's browser test (scripts/browser-test): Debian's Chromium, its driver, selenium.
BROWSER_PACKAGES=(chromium chromium-driver python3-selenium)

# install_missing PACKAGE...: apt-get only for the packages not installed yet (sudo when not root).
# apt's output goes to stderr: scripts/demo's stdout is only the paths it wrote.
install_missing() {
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  ((${#missing[@]})) || return 0
  local sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  echo "vanban: cài các gói còn thiếu: ${missing[*]}" >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >&2
}

# install_postgres_server: Debian's PostgreSQL server for scripts/postgres-test, without the
# cluster Debian would otherwise create and start on port 5432 (the tests run their own).
install_postgres_server() {
  if [[ ! -e /etc/postgresql-common/createcluster.conf ]]; then
    local sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" | "${sudo[@]}" tee /etc/postgresql-common/createcluster.conf >/dev/null
  fi
  install_missing "${POSTGRES_TEST_PACKAGES[@]}"
}
