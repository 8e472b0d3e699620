#pragma once

#include "model/types.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace Seams {

/** The eight note kinds for QML: names, conventional colours and the key that creates each
 *  one on the canvas, in legend order (the index is the int of NoteKind). */
class NoteKinds : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /** [{kind, name, key, color}, ...] */
    Q_PROPERTY(QVariantList all READ all CONSTANT)

public:
    explicit NoteKinds(QObject *parent = nullptr);

    QVariantList all() const;
    Q_INVOKABLE QString name(int kind) const;
    Q_INVOKABLE QColor color(int kind) const;
    /** The letter that creates the kind ("E" for a domain event). */
    Q_INVOKABLE QString key(int kind) const;
    /** The kind a key creates, or -1. */
    Q_INVOKABLE int kindForKey(const QString &key) const;
};

} // namespace Seams
