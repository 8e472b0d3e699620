#include "notekinds.h"

#include <QColor>

namespace Seams {

namespace {

// Mnemonic where the initial is free: U for user (actor), X for external system.
constexpr char kindKeys[] = "ECAPRXUH";

} // namespace

NoteKinds::NoteKinds(QObject *parent)
    : QObject(parent)
{ }

QVariantList NoteKinds::all() const
{
    QVariantList kinds;
    for (const NoteKind kind : allNoteKinds()) {
        const int index = int(kind);
        kinds.append(QVariantMap {{QStringLiteral("kind"), index},
                                  {QStringLiteral("name"), name(index)},
                                  {QStringLiteral("key"), key(index)},
                                  {QStringLiteral("color"), color(index)}});
    }
    return kinds;
}

QString NoteKinds::name(int kind) const
{
    const QList<NoteKind> kinds = allNoteKinds();
    return kind >= 0 && kind < kinds.size() ? displayName(kinds.at(kind)) : QString();
}

QColor NoteKinds::color(int kind) const
{
    const QList<NoteKind> kinds = allNoteKinds();
    return kind >= 0 && kind < kinds.size() ? noteKindColor(kinds.at(kind)) : QColor();
}

QString NoteKinds::key(int kind) const
{
    return kind >= 0 && kind < int(sizeof(kindKeys)) - 1 ? QString(QLatin1Char(kindKeys[kind]))
                                                         : QString();
}

int NoteKinds::kindForKey(const QString &key) const
{
    if (key.size() != 1)
        return -1;
    const char letter = key.at(0).toUpper().toLatin1();
    for (int kind = 0; kind < int(sizeof(kindKeys)) - 1; ++kind) {
        if (kindKeys[kind] == letter)
            return kind;
    }
    return -1;
}

} // namespace Seams
