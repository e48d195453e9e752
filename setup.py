"""Ship the checkout's top-level resources/ inside the wheel as smplanner/_resources.

Everything else lives in pyproject.toml; this hook exists only because setuptools
cannot map a folder outside src/ into a package declaratively.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ from the checkout
        source = Path(__file__).parent / "resources"
        target = Path(self.build_lib) / "smplanner" / "_resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.ts", "README.md"))


setup(cmdclass={"build_py": BuildPyWithResources})
