"""The person editor's privacy buttons: erase on request, and export what is held (subject
access). Each asks first, runs the operation, and says what happened.

    erase_on_request(parent, org, person_id)      # → ErasureResult, or None if not done
    export_for_person(parent, org, person_id)     # → the file written, or None
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from scdesk.domain.names import fold
from scdesk.domain.vocabulary import field_name, record_kind
from scdesk.model import Person
from scdesk.operations.privacy import ErasureResult, erase_person, export_person_file
from scdesk.operations.records import RecordNotFound
from scdesk.storage.errors import StorageError
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.i18n import error_text, translated_text


def _t(text: str) -> str:
    return QCoreApplication.translate("Privacy", text)


def _name(org: OpenOrganization, person_id: int) -> str:
    with org.database.session() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise RecordNotFound(Person, person_id)
        return person.full_name


def confirm_erasure(parent: QWidget | None, name: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_t("Erase a person"))
    box.setText(_t("Erase everything personal about {name}?").format(name=name))
    box.setInformativeText(
        _t(
            "Their name, contact details, emergency contact and notes are cleared everywhere "
            "and cannot be brought back. Their volunteer hours and exchanges still count, "
            "anonymously. Do this only when they asked for it."
        )
    )
    erase = box.addButton(_t("&Erase"), QMessageBox.ButtonRole.DestructiveRole)
    erase.setAccessibleName(_t("Erase"))
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is erase


def erasure_summary(result: ErasureResult) -> str:
    lines = [_t("The person was erased.")]
    if result.attachments_to_review or result.mentions_to_review:
        lines.append(_t("Please look at these, which may still name them:"))
        lines += [f"• {a.title or a.filename}" for a in result.attachments_to_review]
        lines += [
            _t("• {table} {id}, {field}").format(
                table=translated_text(record_kind(m.table)),
                id=m.record_id,
                field=translated_text(field_name(m.field)),
            )
            for m in result.mentions_to_review
        ]
    lines.append(_t("Older backups keep the data until they are rotated away."))
    return "\n".join(lines)


def erase_on_request(
    parent: QWidget | None, org: OpenOrganization, person_id: int
) -> ErasureResult | None:
    try:
        name = _name(org, person_id)
        if not confirm_erasure(parent, name):
            return None
        result = erase_person(org, person_id)
    except (StorageError, RecordNotFound) as error:
        QMessageBox.warning(parent, _t("Erase a person"), error_text(error))
        return None
    QMessageBox.information(parent, _t("Erase a person"), erasure_summary(result))
    return result


def export_for_person(
    parent: QWidget | None, org: OpenOrganization, person_id: int, target: Path | None = None
) -> Path | None:
    """Ask where to save (unless `target` is given), then write the subject access zip."""
    try:
        name = _name(org, person_id)
        if target is None:
            suggested = Path.home() / f"{fold(name).replace(' ', '-') or 'person'}-data.zip"
            chosen, _filter = QFileDialog.getSaveFileName(
                parent,
                _t("Save everything held about {name}").format(name=name),
                str(suggested),
                _t("Zip archives (*.zip)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        written = export_person_file(org, person_id, target)
    except (StorageError, RecordNotFound) as error:
        QMessageBox.warning(parent, _t("Export a person's data"), error_text(error))
        return None
    return written
