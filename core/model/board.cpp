#include "board.h"

#include <QDateTime>

#include <algorithm>

namespace Seams {

namespace {

template<typename Item>
QList<const Item *> sortedById(const QHash<QUuid, Item> &items)
{
    QList<const Item *> result;
    result.reserve(items.size());
    for (const Item &item : items)
        result.append(&item);
    std::sort(result.begin(), result.end(),
              [](const Item *a, const Item *b) { return a->id < b->id; });
    return result;
}

bool timelineLess(const Note *a, const Note *b)
{
    if (a->geometry.x() != b->geometry.x())
        return a->geometry.x() < b->geometry.x();
    if (a->geometry.y() != b->geometry.y())
        return a->geometry.y() < b->geometry.y();
    return a->id < b->id;
}

Note withoutUpdateStamp(Note note)
{
    note.updatedAt = 0;
    return note;
}

} // namespace

Board::Board(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

Board::~Board() = default;

void Board::assign(const Board &other)
{
    m_name = other.m_name;
    m_settings = other.m_settings;
    m_notes = other.m_notes;
    m_contexts = other.m_contexts;
    m_links = other.m_links;
    m_relationships = other.m_relationships;
    Q_EMIT reset();
}

bool Board::hasSameContent(const Board &other) const
{
    if (m_name != other.m_name || m_settings != other.m_settings || m_contexts != other.m_contexts
        || m_links != other.m_links || m_relationships != other.m_relationships
        || m_notes.size() != other.m_notes.size()) {
        return false;
    }
    for (const Note &note : m_notes) {
        const Note *twin = other.note(note.id);
        if (!twin || withoutUpdateStamp(note) != withoutUpdateStamp(*twin))
            return false;
    }
    return true;
}

void Board::setName(const QString &name)
{
    if (m_name == name)
        return;
    m_name = name;
    Q_EMIT nameChanged();
}

void Board::setSettings(const BoardSettings &settings)
{
    if (m_settings == settings)
        return;
    m_settings = settings;
    Q_EMIT settingsChanged();
}

void Board::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

qint64 Board::now() const
{
    return m_clock();
}

// Notes

const Note *Board::note(const QUuid &id) const
{
    const auto it = m_notes.constFind(id);
    return it == m_notes.cend() ? nullptr : &*it;
}

QList<const Note *> Board::sortedNotes() const
{
    return sortedById(m_notes);
}

QList<const Note *> Board::notesInContext(const QUuid &contextId) const
{
    QList<const Note *> result;
    for (const Note &note : m_notes) {
        if (note.contextId == contextId)
            result.append(&note);
    }
    std::sort(result.begin(), result.end(), timelineLess);
    return result;
}

QList<const Note *> Board::notesOfKind(NoteKind kind) const
{
    QList<const Note *> result;
    for (const Note &note : m_notes) {
        if (note.kind == kind)
            result.append(&note);
    }
    std::sort(result.begin(), result.end(), timelineLess);
    return result;
}

int Board::maxZ() const
{
    int z = 0;
    for (const Note &note : m_notes)
        z = std::max(z, note.z);
    return z;
}

void Board::insertNote(const Note &note)
{
    Q_ASSERT(!note.id.isNull() && !m_notes.contains(note.id));
    m_notes.insert(note.id, note);
    Q_EMIT noteAdded(note.id);
}

Note Board::takeNote(const QUuid &id)
{
    Q_ASSERT(m_notes.contains(id));
    Note note = m_notes.take(id);
    Q_EMIT noteRemoved(id);
    return note;
}

template<typename Value>
void Board::updateNote(const QUuid &id, Value Note::*member, const Value &value, NoteChange change)
{
    const auto it = m_notes.find(id);
    Q_ASSERT(it != m_notes.end());
    if (it == m_notes.end() || (*it).*member == value)
        return;
    (*it).*member = value;
    it->updatedAt = now();
    Q_EMIT noteChanged(id, change);
}

void Board::setNoteText(const QUuid &id, const QString &text)
{
    updateNote(id, &Note::text, text, NoteChange::Text);
}

void Board::setNoteKind(const QUuid &id, NoteKind kind)
{
    updateNote(id, &Note::kind, kind, NoteChange::Kind);
}

void Board::setNoteGeometry(const QUuid &id, const QRectF &geometry)
{
    updateNote(id, &Note::geometry, geometry, NoteChange::Geometry);
}

void Board::setNoteZ(const QUuid &id, int z)
{
    updateNote(id, &Note::z, z, NoteChange::Z);
}

void Board::setNoteContext(const QUuid &id, const QUuid &contextId)
{
    updateNote(id, &Note::contextId, contextId, NoteChange::Context);
}

void Board::setNoteFields(const QUuid &id, const QList<Field> &fields)
{
    updateNote(id, &Note::fields, fields, NoteChange::Fields);
}

void Board::setNoteHttp(const QUuid &id, const HttpOverride &http)
{
    updateNote(id, &Note::http, http, NoteChange::Http);
}

// Bounded contexts

const BoundedContext *Board::context(const QUuid &id) const
{
    const auto it = m_contexts.constFind(id);
    return it == m_contexts.cend() ? nullptr : &*it;
}

QList<const BoundedContext *> Board::sortedContexts() const
{
    QList<const BoundedContext *> result = sortedById(m_contexts);
    std::stable_sort(result.begin(), result.end(),
                     [](const BoundedContext *a, const BoundedContext *b) {
                         return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
                     });
    return result;
}

QUuid Board::contextAt(const QPointF &point, const QSet<QUuid> &excluded) const
{
    QUuid best;
    qreal bestArea = 0;
    for (const BoundedContext &context : m_contexts) {
        if (!context.geometry.contains(point) || excluded.contains(context.id))
            continue;
        const qreal area = context.geometry.width() * context.geometry.height();
        // Nested frames: the innermost wins; equal frames fall back to the id for stability.
        if (best.isNull() || area < bestArea || (area == bestArea && context.id < best)) {
            best = context.id;
            bestArea = area;
        }
    }
    return best;
}

QList<QUuid> Board::memberIds(const QUuid &contextId) const
{
    QList<QUuid> ids;
    for (const Note &note : m_notes) {
        if (note.contextId == contextId)
            ids.append(note.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void Board::insertContext(const BoundedContext &context)
{
    Q_ASSERT(!context.id.isNull() && !m_contexts.contains(context.id));
    const auto it = m_contexts.insert(context.id, context);
    it->color = storedColor(context.color);
    Q_EMIT contextAdded(context.id);
}

BoundedContext Board::takeContext(const QUuid &id)
{
    Q_ASSERT(m_contexts.contains(id));
    BoundedContext context = m_contexts.take(id);
    Q_EMIT contextRemoved(id);
    return context;
}

template<typename Value>
void Board::updateContext(const QUuid &id, Value BoundedContext::*member, const Value &value,
                          ContextChange change)
{
    const auto it = m_contexts.find(id);
    Q_ASSERT(it != m_contexts.end());
    if (it == m_contexts.end() || (*it).*member == value)
        return;
    (*it).*member = value;
    Q_EMIT contextChanged(id, change);
}

void Board::setContextName(const QUuid &id, const QString &name)
{
    updateContext(id, &BoundedContext::name, name, ContextChange::Name);
}

void Board::setContextGeometry(const QUuid &id, const QRectF &geometry)
{
    updateContext(id, &BoundedContext::geometry, geometry, ContextChange::Geometry);
}

void Board::setContextColor(const QUuid &id, const QColor &color)
{
    updateContext(id, &BoundedContext::color, storedColor(color), ContextChange::Color);
}

void Board::setContextHandoff(const QUuid &id, const Handoff &handoff)
{
    updateContext(id, &BoundedContext::handoff, handoff, ContextChange::Handoff);
}

// Links

const Link *Board::link(const QUuid &id) const
{
    const auto it = m_links.constFind(id);
    return it == m_links.cend() ? nullptr : &*it;
}

QList<const Link *> Board::sortedLinks() const
{
    return sortedById(m_links);
}

QList<QUuid> Board::linksOf(const QUuid &noteId) const
{
    QList<QUuid> ids;
    for (const Link &link : m_links) {
        if (link.sourceId == noteId || link.targetId == noteId)
            ids.append(link.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void Board::insertLink(const Link &link)
{
    Q_ASSERT(!link.id.isNull() && !m_links.contains(link.id));
    m_links.insert(link.id, link);
    Q_EMIT linkAdded(link.id);
}

Link Board::takeLink(const QUuid &id)
{
    Q_ASSERT(m_links.contains(id));
    Link link = m_links.take(id);
    Q_EMIT linkRemoved(id);
    return link;
}

void Board::setLink(const Link &link)
{
    const auto it = m_links.find(link.id);
    Q_ASSERT(it != m_links.end());
    if (it == m_links.end() || *it == link)
        return;
    *it = link;
    Q_EMIT linkChanged(link.id);
}

// Relationships

const Relationship *Board::relationship(const QUuid &id) const
{
    const auto it = m_relationships.constFind(id);
    return it == m_relationships.cend() ? nullptr : &*it;
}

QList<const Relationship *> Board::sortedRelationships() const
{
    return sortedById(m_relationships);
}

QList<QUuid> Board::relationshipsOf(const QUuid &contextId) const
{
    QList<QUuid> ids;
    for (const Relationship &relationship : m_relationships) {
        if (relationship.upstreamId == contextId || relationship.downstreamId == contextId)
            ids.append(relationship.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void Board::insertRelationship(const Relationship &relationship)
{
    Q_ASSERT(!relationship.id.isNull() && !m_relationships.contains(relationship.id));
    m_relationships.insert(relationship.id, relationship);
    Q_EMIT relationshipAdded(relationship.id);
}

Relationship Board::takeRelationship(const QUuid &id)
{
    Q_ASSERT(m_relationships.contains(id));
    Relationship relationship = m_relationships.take(id);
    Q_EMIT relationshipRemoved(id);
    return relationship;
}

void Board::setRelationship(const Relationship &relationship)
{
    const auto it = m_relationships.find(relationship.id);
    Q_ASSERT(it != m_relationships.end());
    if (it == m_relationships.end() || *it == relationship)
        return;
    *it = relationship;
    Q_EMIT relationshipChanged(relationship.id);
}

} // namespace Seams
