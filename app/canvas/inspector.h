#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUuid>
#include <QVariantMap>

namespace Seams {

class CanvasController;
class Document;
class FieldsModel;
class NoteListModel;

/** The side panel's view of the selection: the properties of the selected note, frame,
 *  arrow or relationship, each with a setter that goes through the Document (one undo step
 *  per change). Context handoff settings come with their derived values, shown as
 *  placeholders so that an empty field visibly means "derived from the name". */
class Inspector : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("canvascontroller.h")
    Q_MOC_INCLUDE("fieldsmodel.h")
    Q_MOC_INCLUDE("notelistmodel.h")

    Q_PROPERTY(Seams::CanvasController *controller READ controller WRITE setController NOTIFY
                   controllerChanged)
    /** "none", "note", "notes", "context", "link", "relationship" or "mixed". */
    Q_PROPERTY(QString subject READ subject NOTIFY changed)

    // The single selected note
    Q_PROPERTY(QString noteId READ noteId NOTIFY changed)
    Q_PROPERTY(QString noteText READ noteText NOTIFY changed)
    Q_PROPERTY(int noteKind READ noteKind NOTIFY changed)
    Q_PROPERTY(QString noteContextName READ noteContextName NOTIFY changed)
    Q_PROPERTY(bool hasFields READ hasFields NOTIFY changed)
    Q_PROPERTY(QString httpMethod READ httpMethod NOTIFY changed)
    Q_PROPERTY(QString httpPath READ httpPath NOTIFY changed)
    Q_PROPERTY(Seams::FieldsModel *fields READ fields CONSTANT)
    Q_PROPERTY(Seams::NoteListModel *aggregates READ aggregates CONSTANT)

    // The single selected context
    Q_PROPERTY(QString contextId READ contextId NOTIFY changed)
    Q_PROPERTY(QString contextName READ contextName NOTIFY changed)
    Q_PROPERTY(QColor contextColor READ contextColor NOTIFY changed)
    Q_PROPERTY(int memberCount READ memberCount NOTIFY changed)
    /** The overrides as typed: serviceName, upstreamUrl, routePrefixes (one string),
     *  databaseName, databaseEngine (-1: the board's), team, status, wave. */
    Q_PROPERTY(QVariantMap handoff READ handoff NOTIFY changed)
    /** What each empty override resolves to (Naming). */
    Q_PROPERTY(QVariantMap derived READ derived NOTIFY changed)
    /** Relationships of the context: [{id, otherName, upstream (bool), patternName, syncName}] */
    Q_PROPERTY(QVariantList contextRelationships READ contextRelationships NOTIFY changed)
    /** The other contexts, [{id, name}], for "add relationship". */
    Q_PROPERTY(QVariantList otherContexts READ otherContexts NOTIFY changed)

    // The single selected arrow or relationship
    Q_PROPERTY(QString linkLabel READ linkLabel NOTIFY changed)
    Q_PROPERTY(QString linkSource READ linkSource NOTIFY changed)
    Q_PROPERTY(QString linkTarget READ linkTarget NOTIFY changed)
    Q_PROPERTY(QString upstreamName READ upstreamName NOTIFY changed)
    Q_PROPERTY(QString downstreamName READ downstreamName NOTIFY changed)
    Q_PROPERTY(int pattern READ pattern NOTIFY changed)
    Q_PROPERTY(int sync READ sync NOTIFY changed)
    Q_PROPERTY(QString relationshipDescription READ relationshipDescription NOTIFY changed)

    // Choices, in enum order
    Q_PROPERTY(QStringList kindNames READ kindNames CONSTANT)
    Q_PROPERTY(QStringList statusNames READ statusNames CONSTANT)
    Q_PROPERTY(QStringList engineNames READ engineNames CONSTANT)
    Q_PROPERTY(QStringList patternNames READ patternNames CONSTANT)
    Q_PROPERTY(QStringList syncNames READ syncNames CONSTANT)
    Q_PROPERTY(QStringList fieldTypeNames READ fieldTypeNames CONSTANT)

public:
    explicit Inspector(QObject *parent = nullptr);

    CanvasController *controller() const;
    void setController(CanvasController *controller);

    QString subject() const;
    QString noteId() const;
    QString noteText() const;
    int noteKind() const;
    QString noteContextName() const;
    bool hasFields() const;
    QString httpMethod() const;
    QString httpPath() const;
    FieldsModel *fields() const { return m_fields; }
    NoteListModel *aggregates() const { return m_aggregates; }
    QString contextId() const;
    QString contextName() const;
    QColor contextColor() const;
    int memberCount() const;
    QVariantMap handoff() const;
    QVariantMap derived() const;
    QVariantList contextRelationships() const;
    QVariantList otherContexts() const;
    QString linkLabel() const;
    QString linkSource() const;
    QString linkTarget() const;
    QString upstreamName() const;
    QString downstreamName() const;
    int pattern() const;
    int sync() const;
    QString relationshipDescription() const;
    QStringList kindNames() const;
    QStringList statusNames() const;
    QStringList engineNames() const;
    QStringList patternNames() const;
    QStringList syncNames() const;
    QStringList fieldTypeNames() const;

    Q_INVOKABLE void setNoteText(const QString &text);
    Q_INVOKABLE void setNoteKind(int kind);
    Q_INVOKABLE void setHttp(const QString &method, const QString &path);
    Q_INVOKABLE void setContextName(const QString &name);
    Q_INVOKABLE void setContextColor(const QColor &color);
    /** Sets one handoff value by the key used in `handoff`; empty strings restore the
     *  derived value. */
    Q_INVOKABLE void setHandoffValue(const QString &key, const QVariant &value);
    Q_INVOKABLE void setLinkLabel(const QString &label);
    Q_INVOKABLE void setPattern(int pattern);
    Q_INVOKABLE void setSync(int sync);
    Q_INVOKABLE void setRelationshipDescription(const QString &description);
    /** Upstream becomes downstream and the other way round. */
    Q_INVOKABLE void swapRelationship();
    /** Adds a relationship between the selected context and another one. */
    Q_INVOKABLE void addRelationship(const QString &otherId, bool selectedIsUpstream);
    Q_INVOKABLE void selectRelationship(const QString &id);

Q_SIGNALS:
    void controllerChanged();
    void changed();

private:
    Document *document() const;
    void attach();
    void refresh();
    QUuid singleNote() const;
    QUuid singleContext() const;
    QUuid singleLink() const;
    QUuid singleRelationship() const;

    QPointer<CanvasController> m_controller;
    QPointer<Document> m_document;
    FieldsModel *m_fields;
    NoteListModel *m_aggregates;
};

} // namespace Seams
