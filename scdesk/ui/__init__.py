"""The Qt interface: it presents and delegates; the rules live in domain and operations.

The plain-Python modules the first window needs are imported here, before any Qt module
(every module of this package imports this first): PySide's import hook reads the whole
source of each module imported after Qt (PYSIDE-2029), some 2 ms a module of every start.
"""

import html  # noqa: F401

from scdesk import backup_preference, resources  # noqa: F401
from scdesk.domain import countries, names  # noqa: F401
from scdesk.model import enums  # noqa: F401
from scdesk.operations import organization_overview, organizations  # noqa: F401
from scdesk.storage import organization_files, registry  # noqa: F401
