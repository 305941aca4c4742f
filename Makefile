# Convenience wrappers; tasks.py does the work (it needs only Python >= 3.11 and pip).
PYTHON ?= python3
.PHONY: setup run test lab
setup: ; $(PYTHON) tasks.py setup
run:   ; $(PYTHON) tasks.py run
test:  ; $(PYTHON) tasks.py test
lab:   ; $(PYTHON) tasks.py lab
