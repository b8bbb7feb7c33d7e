"""When an organization's database is damaged: say so plainly, offer the newest good backup
with what restoring it would lose, keep the damaged file aside, and open the organization."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from scdesk.operations.backups import recover_damaged
from scdesk.operations.health import DamageReport, diagnose_damage
from scdesk.operations.organizations import open_organization
from scdesk.storage.errors import StorageError
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.registry import Registry
from scdesk.ui.backups.wording import local_time, loss_text, reason_text
from scdesk.ui.i18n import error_text, translated_text
from scdesk.ui.user_preferences import current_backup_settings


def _t(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def recovery_box(name: str, damage: DamageReport, parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_t("The records cannot be opened"))
    box.setText(_t("The database of {name} is damaged.").format(name=name))
    box.setDetailedText(f"{damage.database}\n{translated_text(damage.problem)}")
    backup, loss = damage.newest_good, damage.loss
    if backup is None or loss is None:
        box.setInformativeText(
            _t(
                "There is no good backup to restore. Leave the organization's folder as it "
                "is and ask for help; the damaged file has not been changed."
            )
        )
        box.addButton(QMessageBox.StandardButton.Close)
        return box
    box.setInformativeText(
        _t("The newest good backup is from {when} ({why}).").format(
            when=local_time(backup.created, seconds=True), why=reason_text(backup.reason)
        )
        + "\n\n"
        + loss_text(loss)
        + "\n\n"
        + _t("The damaged file is kept aside (its name ends in “.corrupt”), not deleted.")
    )
    restore = box.addButton(_t("&Restore this backup"), QMessageBox.ButtonRole.AcceptRole)
    restore.setAccessibleName(_t("Restore this backup"))
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.setEscapeButton(cancel)
    box.restore_button = restore  # type: ignore[attr-defined]
    return box


def offer_recovery(
    slug: str, error: StorageError, parent: QWidget | None = None, registry: Registry | None = None
) -> OpenOrganization | None:
    """Explain a damaged database and, if the person agrees, restore the newest good backup
    and return the organization, open. None when they decline or nothing can be done."""
    registry = registry or Registry()
    entry = registry.find(slug)
    settings = current_backup_settings()
    damage = diagnose_damage(registry.folder(entry), error, settings)
    box = recovery_box(entry.name, damage, parent)
    box.exec()
    if box.clickedButton() is not getattr(box, "restore_button", None):
        return None
    try:
        recover_damaged(slug, damage.newest_good, registry, settings)
        return open_organization(slug, registry, settings)
    except StorageError as failure:
        QMessageBox.critical(parent, _t("The backup could not be restored"), error_text(failure))
        return None
