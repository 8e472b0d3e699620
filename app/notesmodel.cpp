#include "notesmodel.h"

namespace Seams {

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    const Note *note = board() ? board()->note(idAt(index)) : nullptr;
    if (!note)
        return {};
    switch (role) {
    case IdRole:
        return note->id.toString(QUuid::WithoutBraces);
    case KindRole:
        return int(note->kind);
    case KindNameRole:
        return displayName(note->kind);
    case Qt::DisplayRole:
    case TextRole:
        return note->text;
    case ColorRole:
        return noteKindColor(note->kind);
    case XRole:
        return note->geometry.x();
    case YRole:
        return note->geometry.y();
    case WidthRole:
        return note->geometry.width();
    case HeightRole:
        return note->geometry.height();
    case ZRole:
        return note->z;
    case ContextIdRole:
        return note->contextId.toString(QUuid::WithoutBraces);
    }
    return {};
}

QHash<int, QByteArray> NotesModel::roleNames() const
{
    return {{IdRole, "noteId"}, {KindRole, "kind"},          {KindNameRole, "kindName"},
            {TextRole, "text"}, {ColorRole, "noteColor"},    {XRole, "noteX"},
            {YRole, "noteY"},   {WidthRole, "noteWidth"},    {HeightRole, "noteHeight"},
            {ZRole, "noteZ"},   {ContextIdRole, "contextId"}};
}

void NotesModel::connectBoard(Board *board)
{
    connect(board, &Board::noteAdded, this, &NotesModel::itemAdded);
    connect(board, &Board::noteRemoved, this, &NotesModel::itemRemoved);
    connect(board, &Board::noteChanged, this, [this](const QUuid &id, NoteChanges changes) {
        QList<int> roles;
        if (changes & NoteChange::Text)
            roles << TextRole << Qt::DisplayRole;
        if (changes & NoteChange::Kind)
            roles << KindRole << KindNameRole << ColorRole;
        if (changes & NoteChange::Geometry)
            roles << XRole << YRole << WidthRole << HeightRole;
        if (changes & NoteChange::Z)
            roles << ZRole;
        if (changes & NoteChange::Context)
            roles << ContextIdRole;
        if (!roles.isEmpty())
            itemChanged(id, roles);
    });
}

QList<QUuid> NotesModel::allIds() const
{
    QList<QUuid> ids;
    for (const Note *note : board()->sortedNotes())
        ids.append(note->id);
    return ids;
}

} // namespace Seams
