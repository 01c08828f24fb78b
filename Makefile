# Two entry points for people (see README.md): `make run` and `make test`. Both install what
# is missing first, so they work on a fresh Debian 12 machine as root.
SHELL := /bin/bash
.DEFAULT_GOAL := help

APT_PACKAGES := cmake ninja-build g++ pkg-config git ca-certificates \
	libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev \
	libsqlite3-dev postgresql-15 libpq-dev libsodium-dev libssl-dev libcurl4-openssl-dev libvips-dev libxlsxwriter-dev libcairo2-dev \
	libpango1.0-dev libopencv-objdetect-dev opencv-data poppler-utils \
	libbrotli-dev zlib1g-dev \
	libgtest-dev libbenchmark-dev libcli11-dev libfmt-dev libspdlog-dev \
	fonts-dejavu-core nodejs sqlite3 chromium clang-format nginx \
	clang libclang-rt-14-dev
BENCH_PACKAGES := wrk

RELEASE_BIN := build/release/src/app/tanggap
DATA_DIR ?= $(CURDIR)/var

.PHONY: help setup setup-apt setup-npm build build-debug run test bench format format-check clean

help:
	@echo "make run    install what is missing, build (release), start the Indramayu demo"
	@echo "make test   install what is missing, build (debug, ASan+UBSan), run every suite"
	@echo "make bench  load-test a release build next to nginx and a plain SQLite loop"

setup: setup-apt setup-npm

# apt only runs when a package is missing, so repeated runs cost nothing.
setup-apt:
	@missing=$$(for p in $(APT_PACKAGES) $(EXTRA_APT); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing: $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends $$missing; \
	fi

setup-npm:
	@if [ ! -f web/node_modules/.package-lock.json ] || \
		[ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then \
		cd web && npm ci --no-audit --no-fund; \
	fi

build: setup
	cmake --preset release
	cmake --build --preset release --target tanggap
	cd web && npm run --silent build

build-debug: setup
	cmake --preset debug
	cmake --build --preset debug

run: build
	@mkdir -p $(DATA_DIR)
	$(RELEASE_BIN) serve --listen 127.0.0.1:8080 --data $(DATA_DIR) --demo

test: setup
	cmake --workflow --preset check

bench:
	$(MAKE) setup EXTRA_APT="$(BENCH_PACKAGES)"
	cmake --preset release
	cmake --build --preset release --target tanggap sqlite_baseline deadline_bench outbox_bench \
		query_scale_bench
	bench/run.sh $(RELEASE_BIN)

format:
	git ls-files '*.cpp' '*.hpp' '*.ipp' | xargs clang-format -i

format-check:
	git ls-files '*.cpp' '*.hpp' '*.ipp' | xargs clang-format --dry-run --Werror

clean:
	rm -rf build
