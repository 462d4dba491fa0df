"""`python -m intake`: the same CLI as the `intake` command (handy under profilers and in a bare venv)."""

from intake.cli import main

if __name__ == "__main__":
    main()
