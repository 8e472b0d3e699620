#include "canvasclipboard.h"

#include "storage/boardjson.h"

#include <QCoreApplication>

#include <algorithm>

namespace Seams {

namespace {

// Plain text from elsewhere can be anything; a paste of a whole book should not freeze the
// board.
constexpr int maxTextNotes = 500;
constexpr int textNotesPerRow = 10;
constexpr qreal textNoteGap = 20;

} // namespace

QRectF NoteFragment::bounds() const
{
    QRectF united;
    for (const Note &note : notes)
        united = united.isEmpty() ? note.geometry : united.united(note.geometry);
    return united;
}

void NoteFragment::renew(const Board &board)
{
    QHash<QUuid, QUuid> renamed;
    for (Note &note : notes) {
        const QUuid fresh = QUuid::createUuid();
        renamed.insert(note.id, fresh);
        note.id = fresh;
    }
    for (Note &note : notes) {
        for (Field &field : note.fields) {
            if (field.reference.isNull())
                continue;
            if (renamed.contains(field.reference))
                field.reference = renamed.value(field.reference);
            else if (!board.containsNote(field.reference))
                field.reference = QUuid();
        }
    }
    QList<Link> kept;
    for (Link link : std::as_const(links)) {
        if (!renamed.contains(link.sourceId) || !renamed.contains(link.targetId))
            continue;
        link.id = QUuid::createUuid();
        link.sourceId = renamed.value(link.sourceId);
        link.targetId = renamed.value(link.targetId);
        kept.append(link);
    }
    links = kept;
}

void NoteFragment::translate(const QPointF &offset)
{
    for (Note &note : notes)
        note.geometry.translate(offset);
}

namespace CanvasClipboard {

NoteFragment fragment(const Board &board, const QList<QUuid> &noteIds)
{
    NoteFragment result;
    QSet<QUuid> inside;
    for (const QUuid &id : noteIds) {
        const Note *note = board.note(id);
        if (!note || inside.contains(id))
            continue;
        Note copy = *note;
        // Membership is decided again where the notes land.
        copy.contextId = QUuid();
        result.notes.append(copy);
        inside.insert(id);
    }
    for (const Link *link : board.sortedLinks()) {
        if (inside.contains(link->sourceId) && inside.contains(link->targetId))
            result.links.append(*link);
    }
    return result;
}

std::unique_ptr<QMimeData> toMimeData(const NoteFragment &fragment)
{
    Board board;
    QList<Note> ordered = fragment.notes;
    std::sort(ordered.begin(), ordered.end(), [](const Note &a, const Note &b) {
        return a.geometry.top() != b.geometry.top() ? a.geometry.top() < b.geometry.top()
                                                    : a.geometry.left() < b.geometry.left();
    });
    QStringList lines;
    for (const Note &note : std::as_const(ordered)) {
        board.insertNote(note);
        lines.append(note.text.simplified());
    }
    for (const Link &link : fragment.links)
        board.insertLink(link);
    auto data = std::make_unique<QMimeData>();
    data->setData(QLatin1String(mimeType), BoardJson::write(board));
    data->setText(lines.join(QLatin1Char('\n')));
    return data;
}

std::optional<NoteFragment> fromMimeData(const QMimeData &data, NoteKind textKind, QString *error)
{
    if (data.hasFormat(QLatin1String(mimeType))) {
        Board board;
        QString message;
        if (!BoardJson::read(data.data(QLatin1String(mimeType)), &board, &message)) {
            if (error)
                *error = QCoreApplication::translate("Seams::CanvasClipboard",
                                                     "The copied notes cannot be pasted: %1")
                             .arg(message);
            return std::nullopt;
        }
        NoteFragment fragment;
        for (const Note *note : board.sortedNotes()) {
            Note copy = *note;
            copy.contextId = QUuid();
            fragment.notes.append(copy);
        }
        for (const Link *link : board.sortedLinks())
            fragment.links.append(*link);
        if (fragment.notes.isEmpty())
            return std::nullopt;
        return fragment;
    }
    if (!data.hasText())
        return std::nullopt;
    NoteFragment fragment;
    const QSizeF size = noteKindDefaultSize(textKind);
    const QStringList lines = data.text().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString text = line.trimmed();
        if (text.isEmpty())
            continue;
        if (fragment.notes.size() == maxTextNotes)
            break;
        const int index = int(fragment.notes.size());
        Note note;
        note.id = QUuid::createUuid();
        note.kind = textKind;
        note.text = text;
        note.geometry = QRectF(QPointF((index % textNotesPerRow) * (size.width() + textNoteGap),
                                       (index / textNotesPerRow) * (size.height() + textNoteGap)),
                               size);
        fragment.notes.append(note);
    }
    if (fragment.notes.isEmpty())
        return std::nullopt;
    return fragment;
}

} // namespace CanvasClipboard
} // namespace Seams
