#pragma once

#include "changevalue.h"

namespace Seams {

/** A ChangeValue over one member of a note or a context, set through the Board's setter of
 *  that member. MergeId -1 means "never merges". */
template<typename Value, auto Member, auto Setter, int MergeId = -1>
class ChangeNoteProperty : public ChangeValue<Value>
{
public:
    using ChangeValue<Value>::ChangeValue;

    int id() const override { return MergeId; }
    bool mergeWith(const QUndoCommand *other) override { return this->mergeSameItems(other); }

protected:
    Value getValue(const QUuid &id) const override { return this->board()->note(id)->*Member; }
    void setValue(const QUuid &id, const Value &value) const override
    {
        (this->board()->*Setter)(id, value);
    }
};

template<typename Value, auto Member, auto Setter, int MergeId = -1>
class ChangeContextProperty : public ChangeValue<Value>
{
public:
    using ChangeValue<Value>::ChangeValue;

    int id() const override { return MergeId; }
    bool mergeWith(const QUndoCommand *other) override { return this->mergeSameItems(other); }

protected:
    Value getValue(const QUuid &id) const override { return this->board()->context(id)->*Member; }
    void setValue(const QUuid &id, const Value &value) const override
    {
        (this->board()->*Setter)(id, value);
    }
};

using ChangeNoteText = ChangeNoteProperty<QString, &Note::text, &Board::setNoteText>;
using ChangeNoteKind = ChangeNoteProperty<NoteKind, &Note::kind, &Board::setNoteKind>;
using ChangeNoteZ = ChangeNoteProperty<int, &Note::z, &Board::setNoteZ>;
using ChangeNoteContext = ChangeNoteProperty<QUuid, &Note::contextId, &Board::setNoteContext>;
using ChangeNoteFields = ChangeNoteProperty<QList<Field>, &Note::fields, &Board::setNoteFields>;
using ChangeNoteHttp = ChangeNoteProperty<HttpOverride, &Note::http, &Board::setNoteHttp>;
using ResizeNote = ChangeNoteProperty<QRectF, &Note::geometry, &Board::setNoteGeometry,
                                      int(CommandId::ResizeNote)>;

using ChangeContextName
    = ChangeContextProperty<QString, &BoundedContext::name, &Board::setContextName>;
using ChangeContextColor
    = ChangeContextProperty<QColor, &BoundedContext::color, &Board::setContextColor>;
using ChangeContextHandoff
    = ChangeContextProperty<Handoff, &BoundedContext::handoff, &Board::setContextHandoff>;
using ChangeContextGeometry
    = ChangeContextProperty<QRectF, &BoundedContext::geometry, &Board::setContextGeometry,
                            int(CommandId::ContextGeometry)>;

/** Replaces a link or a relationship as a whole (label; pattern, sync, description). */
template<typename Item, auto Getter, auto Setter>
class ReplaceItem : public ChangeValue<Item>
{
public:
    ReplaceItem(Board *board, const Item &item, const QString &text, QUndoCommand *parent = nullptr)
        : ChangeValue<Item>(board, {item.id}, QList<Item> {item}, text, parent)
    { }

protected:
    Item getValue(const QUuid &id) const override { return *(this->board()->*Getter)(id); }
    void setValue(const QUuid &, const Item &value) const override
    {
        (this->board()->*Setter)(value);
    }
};

using ChangeLink = ReplaceItem<Link, &Board::link, &Board::setLink>;
using ChangeRelationship = ReplaceItem<Relationship, &Board::relationship, &Board::setRelationship>;

} // namespace Seams
