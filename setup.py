"""Build hook: the top-level prompts/ and knowledge/ ship inside the wheel as package data.

They stay the source of truth in the repository; an installed wheel finds its copies under
coach/_bundled/ (see coach.settings.bundled_dir). Everything else is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

BUNDLED = ("prompts", "knowledge")


class BuildWithLibrary(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the folders in place
        here = Path(__file__).resolve().parent
        for name in BUNDLED:
            target = Path(self.build_lib) / "coach" / "_bundled" / name
            shutil.copytree(here / name, target, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithLibrary})
