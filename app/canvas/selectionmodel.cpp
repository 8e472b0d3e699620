#include "selectionmodel.h"

namespace Seams {

namespace {

QString idString(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QList<QUuid> combined(const QList<QUuid> &current, const QList<QUuid> &ids,
                      SelectionModel::Mode mode)
{
    QList<QUuid> result = mode == SelectionModel::Mode::Replace ? QList<QUuid>() : current;
    for (const QUuid &id : ids) {
        if (id.isNull())
            continue;
        const bool present = result.contains(id);
        if (mode == SelectionModel::Mode::Toggle && present) {
            result.removeOne(id);
        } else {
            // Re-selecting an item makes it current: move it to the end.
            result.removeOne(id);
            result.append(id);
        }
    }
    return result;
}

} // namespace

SelectionModel::SelectionModel(QObject *parent)
    : QObject(parent)
{
    // Connected first, so every other listener already sees the new revision.
    connect(this, &SelectionModel::changed, this, [this] { ++m_revision; });
}

bool SelectionModel::isEmpty() const
{
    return m_notes.isEmpty() && m_contexts.isEmpty() && m_links.isEmpty()
        && m_relationships.isEmpty();
}

bool SelectionModel::setNotes(const QList<QUuid> &notes)
{
    if (notes == m_notes)
        return false;
    const QSet<QUuid> next(notes.cbegin(), notes.cend());
    QList<QUuid> toggled;
    for (const QUuid &id : std::as_const(m_notes)) {
        if (!next.contains(id))
            toggled.append(id);
    }
    for (const QUuid &id : notes) {
        if (!m_noteSet.contains(id))
            toggled.append(id);
    }
    m_notes = notes;
    m_noteSet = next;
    if (!toggled.isEmpty())
        Q_EMIT notesToggled(toggled);
    return true;
}

void SelectionModel::selectNotes(const QList<QUuid> &ids, Mode mode)
{
    bool changedAny = setNotes(combined(m_notes, ids, mode));
    if (mode == Mode::Replace
        && (!m_contexts.isEmpty() || !m_links.isEmpty() || !m_relationships.isEmpty())) {
        m_contexts.clear();
        m_links.clear();
        m_relationships.clear();
        changedAny = true;
    }
    if (changedAny)
        Q_EMIT changed();
}

void SelectionModel::selectContexts(const QList<QUuid> &ids, Mode mode)
{
    const QList<QUuid> contexts = combined(m_contexts, ids, mode);
    bool changedAny = contexts != m_contexts;
    m_contexts = contexts;
    if (mode == Mode::Replace) {
        changedAny |= setNotes({});
        changedAny |= !m_links.isEmpty() || !m_relationships.isEmpty();
        m_links.clear();
        m_relationships.clear();
    }
    if (changedAny)
        Q_EMIT changed();
}

void SelectionModel::selectLink(const QUuid &id)
{
    bool changedAny = setNotes({});
    changedAny
        |= !m_contexts.isEmpty() || !m_relationships.isEmpty() || m_links != QList<QUuid> {id};
    m_contexts.clear();
    m_relationships.clear();
    m_links = {id};
    if (changedAny)
        Q_EMIT changed();
}

void SelectionModel::selectRelationship(const QUuid &id)
{
    bool changedAny = setNotes({});
    changedAny
        |= !m_contexts.isEmpty() || !m_links.isEmpty() || m_relationships != QList<QUuid> {id};
    m_contexts.clear();
    m_links.clear();
    m_relationships = {id};
    if (changedAny)
        Q_EMIT changed();
}

void SelectionModel::removeNotes(const QList<QUuid> &ids)
{
    QList<QUuid> notes = m_notes;
    for (const QUuid &id : ids)
        notes.removeOne(id);
    if (setNotes(notes))
        Q_EMIT changed();
}

void SelectionModel::removeContext(const QUuid &id)
{
    if (m_contexts.removeOne(id))
        Q_EMIT changed();
}

void SelectionModel::removeLink(const QUuid &id)
{
    if (m_links.removeOne(id))
        Q_EMIT changed();
}

void SelectionModel::removeRelationship(const QUuid &id)
{
    if (m_relationships.removeOne(id))
        Q_EMIT changed();
}

void SelectionModel::clear()
{
    if (isEmpty())
        return;
    setNotes({});
    m_contexts.clear();
    m_links.clear();
    m_relationships.clear();
    Q_EMIT changed();
}

bool SelectionModel::isNoteSelected(const QString &id) const
{
    return m_noteSet.contains(QUuid(id));
}

bool SelectionModel::isContextSelected(const QString &id) const
{
    return m_contexts.contains(QUuid(id));
}

bool SelectionModel::isLinkSelected(const QString &id) const
{
    return m_links.contains(QUuid(id));
}

QString SelectionModel::currentNoteString() const
{
    return idString(currentNote());
}

QString SelectionModel::currentContextString() const
{
    return idString(currentContext());
}

QString SelectionModel::currentLinkString() const
{
    return idString(currentLink());
}

QString SelectionModel::currentRelationshipString() const
{
    return idString(currentRelationship());
}

} // namespace Seams
