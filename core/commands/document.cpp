#include "document.h"

#include "addremove.h"
#include "changeproperty.h"
#include "moveitems.h"
#include "storage/projectfile.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDocument, "seams.document")

namespace Seams {

namespace {

template<typename Item>
QList<Item> itemsWithIds(const QList<QUuid> &ids)
{
    QList<Item> items;
    items.reserve(ids.size());
    for (const QUuid &id : ids) {
        Item item;
        item.id = id;
        items.append(item);
    }
    return items;
}

QColor contextColor(int index)
{
    // Soft frame tints that keep every note colour readable on top of them.
    static const QList<QColor> palette
        = {QColor(0x4e, 0x79, 0xa7), QColor(0x59, 0xa1, 0x4f), QColor(0xb0, 0x7a, 0xa1),
           QColor(0xf2, 0x8e, 0x2b), QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xc9, 0x48),
           QColor(0xe1, 0x57, 0x59), QColor(0x9c, 0x75, 0x5f)};
    return palette.at(index % palette.size());
}

} // namespace

Document::Document(std::unique_ptr<Board> board, QObject *parent)
    : QObject(parent)
    , m_board(board ? std::move(board) : std::make_unique<Board>())
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &Document::onIndexChanged);
}

Document::~Document()
{
    // Whatever is pending (a failed commit) gets one more chance.
    if (m_file)
        commit();
}

void Document::markSaved()
{
    m_undoStack->setClean();
}

void Document::setProjectFile(std::unique_ptr<ProjectFile> file)
{
    m_file = std::move(file);
    if (m_file)
        m_file->track(m_board.get());
    Q_EMIT filePathChanged();
}

QString Document::filePath() const
{
    return m_file ? m_file->path() : QString();
}

bool Document::commit()
{
    if (!m_file)
        return true;
    const bool hadError = !m_commitError.isEmpty();
    QString error;
    if (!m_file->commit(&error)) {
        qCWarning(lcDocument) << "commit failed:" << error;
        m_commitError = error;
        Q_EMIT commitFailed(error);
        return false;
    }
    m_commitError.clear();
    if (hadError)
        Q_EMIT commitRecovered();
    return true;
}

void Document::onIndexChanged()
{
    // Inside a gesture the stack stays quiet until the macro ends; this runs once per
    // finished edit, undo and redo included.
    commit();
}

void Document::openInteractionMacro()
{
    // Opened lazily, so a gesture that changes nothing leaves no empty step behind.
    if (m_interactionDepth > 0 && !m_interactionMacroOpen) {
        m_undoStack->beginMacro(m_interactionText);
        m_interactionMacroOpen = true;
    }
}

void Document::push(QUndoCommand *command)
{
    openInteractionMacro();
    m_undoStack->push(command);
}

void Document::beginMacro(const QString &text)
{
    openInteractionMacro();
    m_undoStack->beginMacro(text);
}

void Document::beginInteraction(const QString &text)
{
    if (m_interactionDepth++ == 0) {
        m_interactionText = text;
        m_interactionDroppedNotes.clear();
        m_interactionResizedContexts.clear();
    }
}

void Document::endInteraction()
{
    Q_ASSERT(m_interactionDepth > 0);
    if (m_interactionDepth == 0 || --m_interactionDepth > 0)
        return;
    if (!m_interactionMacroOpen)
        return;
    QSet<QUuid> affected = m_interactionDroppedNotes;
    for (const QUuid &contextId : std::as_const(m_interactionResizedContexts))
        affected.unite(notesAffectedByFrame(contextId));
    updateMembership(QList<QUuid>(affected.cbegin(), affected.cend()));
    m_interactionMacroOpen = false;
    // Moves that cancel out merge into nothing, but QUndoStack still records the empty macro.
    // Dropping it (an obsolete command is deleted on undo) keeps a drag back to where it
    // started from becoming an undo step and from marking the board modified.
    auto *macro = const_cast<QUndoCommand *>(m_undoStack->command(m_undoStack->count() - 1));
    const bool empty = macro && macro->childCount() == 0;
    m_undoStack->endMacro();
    if (empty) {
        macro->setObsolete(true);
        m_undoStack->undo();
    }
}

QSet<QUuid> Document::notesAffectedByFrame(const QUuid &contextId) const
{
    QSet<QUuid> ids;
    const BoundedContext *context = m_board->context(contextId);
    for (const Note &note : m_board->notes()) {
        if (note.contextId == contextId
            || (context && context->geometry.contains(note.geometry.center())))
            ids.insert(note.id);
    }
    return ids;
}

void Document::updateMembership(QList<QUuid> noteIds, const QSet<QUuid> &removedContexts)
{
    std::sort(noteIds.begin(), noteIds.end());
    QList<QUuid> changed;
    QList<QUuid> contexts;
    for (const QUuid &id : std::as_const(noteIds)) {
        const Note *note = m_board->note(id);
        if (!note)
            continue;
        const QUuid context = m_board->contextAt(note->geometry.center(), removedContexts);
        if (context != note->contextId) {
            changed.append(id);
            contexts.append(context);
        }
    }
    if (!changed.isEmpty())
        push(new ChangeNoteContext(m_board.get(), changed, contexts,
                                   tr("Change context of %n note(s)", "", int(changed.size()))));
}

// Notes

QUuid Document::addNote(NoteKind kind, const QPointF &position, const QString &text)
{
    Note note;
    note.kind = kind;
    note.text = text;
    note.geometry = QRectF(position, noteKindDefaultSize(kind));
    const QList<QUuid> ids = insertNotes({note}, {}, tr("Add %1").arg(displayName(kind)));
    return ids.value(0);
}

QList<QUuid> Document::insertNotes(QList<Note> notes, QList<Link> links, const QString &text)
{
    if (notes.isEmpty())
        return {};
    const qint64 now = m_board->now();
    int z = m_board->maxZ();
    QList<QUuid> ids;
    for (Note &note : notes) {
        if (note.id.isNull() || m_board->containsNote(note.id))
            note.id = newId();
        // Sized first: membership goes by the centre of the note as it will be drawn.
        if (note.geometry.isEmpty())
            note.geometry.setSize(noteKindDefaultSize(note.kind));
        if (note.contextId.isNull() || !m_board->context(note.contextId))
            note.contextId = m_board->contextAt(note.geometry.center());
        note.z = ++z;
        note.createdAt = note.createdAt ? note.createdAt : now;
        note.updatedAt = now;
        ids.append(note.id);
    }
    const QSet<QUuid> inserted(ids.cbegin(), ids.cend());
    links.erase(std::remove_if(links.begin(), links.end(),
                               [&](const Link &link) {
                                   return !inserted.contains(link.sourceId)
                                       || !inserted.contains(link.targetId)
                                       || link.sourceId == link.targetId;
                               }),
                links.end());
    for (Link &link : links)
        link.id = newId();

    auto *command = new QUndoCommand(text);
    new AddRemoveNotes(m_board.get(), AddRemoveNotes::Operation::Add, notes, text, command);
    if (!links.isEmpty())
        new AddRemoveLinks(m_board.get(), AddRemoveLinks::Operation::Add, links, text, command);
    push(command);
    return ids;
}

void Document::removeNotes(const QList<QUuid> &ids)
{
    QList<QUuid> noteIds;
    QSet<QUuid> linkIds;
    for (const QUuid &id : ids) {
        if (!m_board->containsNote(id) || noteIds.contains(id))
            continue;
        noteIds.append(id);
        const QList<QUuid> links = m_board->linksOf(id);
        linkIds.unite(QSet<QUuid>(links.cbegin(), links.cend()));
    }
    if (noteIds.isEmpty())
        return;
    const QString text = tr("Delete %n note(s)", "", int(noteIds.size()));
    auto *command = new QUndoCommand(text);
    if (!linkIds.isEmpty()) {
        QList<QUuid> sortedLinks(linkIds.cbegin(), linkIds.cend());
        std::sort(sortedLinks.begin(), sortedLinks.end());
        new AddRemoveLinks(m_board.get(), AddRemoveLinks::Operation::Remove,
                           itemsWithIds<Link>(sortedLinks), text, command);
    }
    new AddRemoveNotes(m_board.get(), AddRemoveNotes::Operation::Remove,
                       itemsWithIds<Note>(noteIds), text, command);
    push(command);
}

QList<QUuid> Document::existingNotes(const QList<QUuid> &ids) const
{
    QList<QUuid> result;
    for (const QUuid &id : ids) {
        if (m_board->containsNote(id) && !result.contains(id))
            result.append(id);
    }
    return result;
}

void Document::moveNotes(const QList<QUuid> &ids, const QPointF &offset)
{
    const QList<QUuid> noteIds = existingNotes(ids);
    if (noteIds.isEmpty() || offset.isNull())
        return;
    if (isInteracting()) {
        push(new MoveItems(m_board.get(), noteIds, {}, offset));
        m_interactionDroppedNotes.unite(QSet<QUuid>(noteIds.cbegin(), noteIds.cend()));
        return;
    }
    // A move outside a gesture (arrow keys) is itself the drop.
    beginInteraction(tr("Move %n note(s)", "", int(noteIds.size())));
    moveNotes(noteIds, offset);
    endInteraction();
}

void Document::nudgeNotes(const QList<QUuid> &ids, const QPointF &offset)
{
    const QList<QUuid> noteIds = existingNotes(ids);
    if (noteIds.isEmpty() || offset.isNull())
        return;
    const bool joinsOrLeaves = std::any_of(noteIds.cbegin(), noteIds.cend(), [&](const QUuid &id) {
        const Note *note = m_board->note(id);
        return m_board->contextAt(note->geometry.center() + offset) != note->contextId;
    });
    if (isInteracting() || joinsOrLeaves) {
        moveNotes(noteIds, offset);
        return;
    }
    // A bare move merges with the previous nudge of the same notes (MoveItems::mergeWith).
    push(new MoveItems(m_board.get(), noteIds, {}, offset));
}

void Document::setNoteGeometry(const QUuid &id, const QRectF &geometry)
{
    const Note *note = m_board->note(id);
    if (!note || note->geometry == geometry || !geometry.isValid())
        return;
    push(new ResizeNote(m_board.get(), {id}, geometry, tr("Resize note")));
}

void Document::setNoteText(const QUuid &id, const QString &text)
{
    const Note *note = m_board->note(id);
    if (!note || note->text == text)
        return;
    push(new ChangeNoteText(m_board.get(), {id}, text, tr("Edit text")));
}

void Document::setNotesKind(const QList<QUuid> &ids, NoteKind kind)
{
    QList<QUuid> changed;
    for (const QUuid &id : existingNotes(ids)) {
        if (m_board->note(id)->kind != kind)
            changed.append(id);
    }
    if (!changed.isEmpty())
        push(new ChangeNoteKind(
            m_board.get(), changed, kind,
            tr("Make %n note(s) %1", "", int(changed.size())).arg(displayName(kind))));
}

void Document::setNotesContext(const QList<QUuid> &ids, const QUuid &contextId)
{
    if (!contextId.isNull() && !m_board->context(contextId))
        return;
    QList<QUuid> changed;
    for (const QUuid &id : existingNotes(ids)) {
        if (m_board->note(id)->contextId != contextId)
            changed.append(id);
    }
    if (!changed.isEmpty())
        push(new ChangeNoteContext(m_board.get(), changed, contextId,
                                   tr("Change context of %n note(s)", "", int(changed.size()))));
}

void Document::setNoteFields(const QUuid &id, const QList<Field> &fields)
{
    const Note *note = m_board->note(id);
    if (!note || note->fields == fields)
        return;
    push(new ChangeNoteFields(m_board.get(), {id}, fields, tr("Edit fields")));
}

void Document::setNoteHttp(const QUuid &id, const HttpOverride &http)
{
    const Note *note = m_board->note(id);
    if (!note || note->http == http)
        return;
    push(new ChangeNoteHttp(m_board.get(), {id}, http, tr("Change HTTP operation")));
}

void Document::restackNotes(const QList<QUuid> &ids, bool toFront)
{
    QList<QUuid> noteIds = existingNotes(ids);
    if (noteIds.isEmpty())
        return;
    std::sort(noteIds.begin(), noteIds.end(), [this](const QUuid &a, const QUuid &b) {
        return m_board->note(a)->z < m_board->note(b)->z;
    });
    int bottom = 0;
    for (const Note &note : m_board->notes())
        bottom = std::min(bottom, note.z);
    const int first = toFront ? m_board->maxZ() + 1 : bottom - int(noteIds.size());
    QList<int> values;
    for (int i = 0; i < noteIds.size(); ++i)
        values.append(first + i);
    const int count = int(noteIds.size());
    push(new ChangeNoteZ(m_board.get(), noteIds, values,
                         toFront ? tr("Bring %n note(s) to front", "", count)
                                 : tr("Send %n note(s) to back", "", count)));
}

void Document::raiseNotes(const QList<QUuid> &ids)
{
    restackNotes(ids, true);
}

void Document::lowerNotes(const QList<QUuid> &ids)
{
    restackNotes(ids, false);
}

// Bounded contexts

QUuid Document::addContext(const QString &name, const QRectF &geometry)
{
    BoundedContext context;
    context.id = newId();
    context.name = name;
    context.geometry = geometry.normalized();
    context.color = contextColor(int(m_board->contexts().size()));
    beginMacro(tr("Add context %1").arg(name));
    push(new AddRemoveContexts(m_board.get(), AddRemoveContexts::Operation::Add, {context},
                               tr("Add context")));
    const QSet<QUuid> inside = notesAffectedByFrame(context.id);
    updateMembership(QList<QUuid>(inside.cbegin(), inside.cend()));
    m_undoStack->endMacro();
    return context.id;
}

void Document::removeContexts(const QList<QUuid> &ids)
{
    QList<QUuid> contextIds;
    for (const QUuid &id : ids) {
        if (m_board->context(id) && !contextIds.contains(id))
            contextIds.append(id);
    }
    if (contextIds.isEmpty())
        return;
    const QSet<QUuid> removed(contextIds.cbegin(), contextIds.cend());
    QSet<QUuid> relationships;
    QList<QUuid> members;
    for (const QUuid &id : std::as_const(contextIds)) {
        const QList<QUuid> related = m_board->relationshipsOf(id);
        relationships.unite(QSet<QUuid>(related.cbegin(), related.cend()));
        members += m_board->memberIds(id);
    }
    const QString text = tr("Delete %n context(s)", "", int(contextIds.size()));
    beginMacro(text);
    // Members fall back to the frame around the removed one, if any.
    updateMembership(members, removed);
    if (!relationships.isEmpty()) {
        QList<QUuid> sorted(relationships.cbegin(), relationships.cend());
        std::sort(sorted.begin(), sorted.end());
        push(new AddRemoveRelationships(m_board.get(), AddRemoveRelationships::Operation::Remove,
                                        itemsWithIds<Relationship>(sorted), text));
    }
    push(new AddRemoveContexts(m_board.get(), AddRemoveContexts::Operation::Remove,
                               itemsWithIds<BoundedContext>(contextIds), text));
    m_undoStack->endMacro();
}

void Document::moveContexts(const QList<QUuid> &ids, const QPointF &offset)
{
    // Frames drawn entirely inside a moved frame travel with it.
    QList<QUuid> contextIds;
    for (const QUuid &id : ids) {
        const BoundedContext *moved = m_board->context(id);
        if (!moved)
            continue;
        for (const BoundedContext &context : m_board->contexts()) {
            if ((context.id == id || moved->geometry.contains(context.geometry))
                && !contextIds.contains(context.id))
                contextIds.append(context.id);
        }
    }
    if (contextIds.isEmpty() || offset.isNull())
        return;
    std::sort(contextIds.begin(), contextIds.end());
    QList<QUuid> noteIds;
    for (const QUuid &id : std::as_const(contextIds))
        noteIds += m_board->memberIds(id);
    push(new MoveItems(m_board.get(), noteIds, contextIds, offset));
}

void Document::setContextGeometry(const QUuid &id, const QRectF &geometry)
{
    const BoundedContext *context = m_board->context(id);
    const QRectF normalized = geometry.normalized();
    if (!context || context->geometry == normalized || normalized.isEmpty())
        return;
    if (isInteracting()) {
        push(new ChangeContextGeometry(m_board.get(), {id}, normalized, tr("Resize context")));
        m_interactionResizedContexts.insert(id);
        return;
    }
    beginInteraction(tr("Resize context"));
    setContextGeometry(id, normalized);
    endInteraction();
}

void Document::renameContext(const QUuid &id, const QString &name)
{
    const BoundedContext *context = m_board->context(id);
    if (!context || context->name == name)
        return;
    push(new ChangeContextName(m_board.get(), {id}, name, tr("Rename context")));
}

void Document::setContextColor(const QUuid &id, const QColor &color)
{
    const BoundedContext *context = m_board->context(id);
    if (!context || context->color == storedColor(color) || !color.isValid())
        return;
    push(new ChangeContextColor(m_board.get(), {id}, storedColor(color),
                                tr("Change context colour")));
}

void Document::setContextHandoff(const QUuid &id, const Handoff &handoff)
{
    const BoundedContext *context = m_board->context(id);
    if (!context || context->handoff == handoff)
        return;
    push(new ChangeContextHandoff(m_board.get(), {id}, handoff, tr("Change handoff settings")));
}

// Links

QUuid Document::addLink(const QUuid &sourceId, const QUuid &targetId, const QString &label)
{
    if (sourceId == targetId || !m_board->containsNote(sourceId)
        || !m_board->containsNote(targetId))
        return {};
    for (const Link &link : m_board->links()) {
        if (link.sourceId == sourceId && link.targetId == targetId)
            return {};
    }
    const Link link {newId(), sourceId, targetId, label};
    push(
        new AddRemoveLinks(m_board.get(), AddRemoveLinks::Operation::Add, {link}, tr("Add arrow")));
    return link.id;
}

void Document::removeLinks(const QList<QUuid> &ids)
{
    QList<QUuid> linkIds;
    for (const QUuid &id : ids) {
        if (m_board->link(id) && !linkIds.contains(id))
            linkIds.append(id);
    }
    if (!linkIds.isEmpty())
        push(new AddRemoveLinks(m_board.get(), AddRemoveLinks::Operation::Remove,
                                itemsWithIds<Link>(linkIds),
                                tr("Delete %n arrow(s)", "", int(linkIds.size()))));
}

void Document::setLinkLabel(const QUuid &id, const QString &label)
{
    const Link *link = m_board->link(id);
    if (!link || link->label == label)
        return;
    Link changed = *link;
    changed.label = label;
    push(new ChangeLink(m_board.get(), changed, tr("Change arrow label")));
}

// Relationships

QUuid Document::addRelationship(const QUuid &upstreamId, const QUuid &downstreamId,
                                RelationshipPattern pattern, DataSync sync)
{
    if (upstreamId == downstreamId || !m_board->context(upstreamId)
        || !m_board->context(downstreamId))
        return {};
    for (const Relationship &existing : m_board->relationships()) {
        if (existing.upstreamId == upstreamId && existing.downstreamId == downstreamId)
            return {};
    }
    Relationship relationship;
    relationship.id = newId();
    relationship.upstreamId = upstreamId;
    relationship.downstreamId = downstreamId;
    relationship.pattern = pattern;
    relationship.sync = sync;
    push(new AddRemoveRelationships(m_board.get(), AddRemoveRelationships::Operation::Add,
                                    {relationship}, tr("Add relationship")));
    return relationship.id;
}

void Document::setRelationship(const Relationship &relationship)
{
    const Relationship *current = m_board->relationship(relationship.id);
    if (!current || *current == relationship || relationship.upstreamId == relationship.downstreamId
        || !m_board->context(relationship.upstreamId)
        || !m_board->context(relationship.downstreamId))
        return;
    push(new ChangeRelationship(m_board.get(), relationship, tr("Change relationship")));
}

void Document::removeRelationships(const QList<QUuid> &ids)
{
    QList<QUuid> relationshipIds;
    for (const QUuid &id : ids) {
        if (m_board->relationship(id) && !relationshipIds.contains(id))
            relationshipIds.append(id);
    }
    if (!relationshipIds.isEmpty())
        push(new AddRemoveRelationships(
            m_board.get(), AddRemoveRelationships::Operation::Remove,
            itemsWithIds<Relationship>(relationshipIds),
            tr("Delete %n relationship(s)", "", int(relationshipIds.size()))));
}

// Board

void Document::setBoardName(const QString &name)
{
    if (m_board->name() != name)
        push(new ChangeBoardName(m_board.get(), name));
}

void Document::setBoardSettings(const BoardSettings &settings)
{
    if (m_board->settings() != settings)
        push(new ChangeBoardSettings(m_board.get(), settings));
}

} // namespace Seams
