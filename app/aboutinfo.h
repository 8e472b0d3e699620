#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace Seams {

/** What the About dialog shows: the version, the licence and the libraries Seams is built
 *  on, with the versions actually loaded at run time where the library can tell. */
class AboutInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString licence READ licence CONSTANT)
    /** {name, version, licence, purpose} maps, one per library. */
    Q_PROPERTY(QVariantList libraries READ libraries CONSTANT)

public:
    using QObject::QObject;

    QString version() const;
    QString licence() const;
    QVariantList libraries() const;
};

} // namespace Seams
