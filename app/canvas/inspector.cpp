#include "inspector.h"

#include "canvascontroller.h"
#include "commands/document.h"
#include "fieldsmodel.h"
#include "inspectorchoices.h"
#include "notelistmodel.h"
#include "selectionmodel.h"

namespace Seams {

using namespace InspectorChoices;

Inspector::Inspector(QObject *parent)
    : QObject(parent)
    , m_fields(new FieldsModel(this))
    , m_aggregates(new NoteListModel(this))
{
    m_aggregates->setKindFilter(NoteKind::Aggregate);
}

CanvasController *Inspector::controller() const
{
    return m_controller;
}

void Inspector::setController(CanvasController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller) {
        disconnect(m_controller, nullptr, this, nullptr);
        disconnect(m_controller->selection(), nullptr, this, nullptr);
    }
    m_controller = controller;
    if (controller) {
        connect(controller, &CanvasController::boardChanged, this, &Inspector::attach);
        connect(controller->selection(), &SelectionModel::changed, this, &Inspector::refresh);
    }
    attach();
    Q_EMIT controllerChanged();
}

Document *Inspector::document() const
{
    return m_controller ? m_controller->document() : nullptr;
}

void Inspector::attach()
{
    if (m_document)
        disconnect(m_document->board(), nullptr, this, nullptr);
    m_document = document();
    if (m_document) {
        Board *board = m_document->board();
        // Any change to what is shown refreshes the panel; changes elsewhere do not.
        connect(board, &Board::noteChanged, this, [this](const QUuid &id) {
            if (id == singleNote())
                Q_EMIT changed();
        });
        connect(board, &Board::contextChanged, this, [this](const QUuid &id) {
            if (id == singleContext())
                Q_EMIT changed();
        });
        connect(board, &Board::linkChanged, this, [this](const QUuid &id) {
            if (id == singleLink())
                Q_EMIT changed();
        });
        for (auto signal :
             {&Board::relationshipAdded, &Board::relationshipRemoved, &Board::relationshipChanged,
              &Board::contextAdded, &Board::contextRemoved})
            connect(board, signal, this, &Inspector::changed);
        connect(board, &Board::settingsChanged, this, &Inspector::changed);
    }
    m_aggregates->setBoard(m_document ? m_document->board() : nullptr);
    refresh();
}

void Inspector::refresh()
{
    m_fields->setNote(document(), hasFields() ? singleNote() : QUuid());
    Q_EMIT changed();
}

QUuid Inspector::singleNote() const
{
    const SelectionModel *selection = m_controller ? m_controller->selection() : nullptr;
    return selection && selection->noteCount() == 1 && selection->contextCount() == 0
        ? selection->currentNote()
        : QUuid();
}

QUuid Inspector::singleContext() const
{
    const SelectionModel *selection = m_controller ? m_controller->selection() : nullptr;
    return selection && selection->contextCount() == 1 && selection->noteCount() == 0
        ? selection->currentContext()
        : QUuid();
}

QUuid Inspector::singleLink() const
{
    const SelectionModel *selection = m_controller ? m_controller->selection() : nullptr;
    return selection && selection->linkCount() == 1 ? selection->currentLink() : QUuid();
}

QUuid Inspector::singleRelationship() const
{
    const SelectionModel *selection = m_controller ? m_controller->selection() : nullptr;
    return selection && selection->relationshipCount() == 1 ? selection->currentRelationship()
                                                            : QUuid();
}

QString Inspector::subject() const
{
    const SelectionModel *selection = m_controller ? m_controller->selection() : nullptr;
    if (!selection || !document() || selection->isEmpty())
        return QStringLiteral("none");
    if (!singleNote().isNull())
        return QStringLiteral("note");
    if (!singleContext().isNull())
        return QStringLiteral("context");
    if (!singleLink().isNull())
        return QStringLiteral("link");
    if (!singleRelationship().isNull())
        return QStringLiteral("relationship");
    if (selection->contextCount() == 0 && selection->noteCount() > 1)
        return QStringLiteral("notes");
    return QStringLiteral("mixed");
}

// The note

QString Inspector::noteId() const
{
    return idString(singleNote());
}

QString Inspector::noteText() const
{
    const Note *note = document() ? document()->board()->note(singleNote()) : nullptr;
    return note ? note->text : QString();
}

int Inspector::noteKind() const
{
    const Note *note = document() ? document()->board()->note(singleNote()) : nullptr;
    return note ? int(note->kind) : -1;
}

QString Inspector::noteContextName() const
{
    const Note *note = document() ? document()->board()->note(singleNote()) : nullptr;
    const BoundedContext *context = note ? document()->board()->context(note->contextId) : nullptr;
    return context ? context->name : QString();
}

bool Inspector::hasFields() const
{
    const int kind = noteKind();
    return kind == int(NoteKind::Aggregate) || kind == int(NoteKind::DomainEvent);
}

QString Inspector::httpMethod() const
{
    const Note *note = document() ? document()->board()->note(singleNote()) : nullptr;
    return note ? note->http.method : QString();
}

QString Inspector::httpPath() const
{
    const Note *note = document() ? document()->board()->note(singleNote()) : nullptr;
    return note ? note->http.path : QString();
}

void Inspector::setNoteText(const QString &text)
{
    if (document())
        document()->setNoteText(singleNote(), text);
}

void Inspector::setNoteKind(int kind)
{
    if (const auto value = enumAt<NoteKind>(kind, int(allNoteKinds().size())); value && document())
        document()->setNotesKind({singleNote()}, *value);
}

void Inspector::setHttp(const QString &method, const QString &path)
{
    if (!document())
        return;
    HttpOverride http;
    http.method = method.trimmed().toUpper();
    http.path = path.trimmed();
    document()->setNoteHttp(singleNote(), http);
}

// Arrows

QString Inspector::linkLabel() const
{
    const Link *link = document() ? document()->board()->link(singleLink()) : nullptr;
    return link ? link->label : QString();
}

QString Inspector::linkSource() const
{
    const Link *link = document() ? document()->board()->link(singleLink()) : nullptr;
    const Note *note = link ? document()->board()->note(link->sourceId) : nullptr;
    return note ? note->text : QString();
}

QString Inspector::linkTarget() const
{
    const Link *link = document() ? document()->board()->link(singleLink()) : nullptr;
    const Note *note = link ? document()->board()->note(link->targetId) : nullptr;
    return note ? note->text : QString();
}

void Inspector::setLinkLabel(const QString &label)
{
    if (document())
        document()->setLinkLabel(singleLink(), label.trimmed());
}

// Choices

QStringList Inspector::kindNames() const
{
    return namesOf(allNoteKinds());
}

QStringList Inspector::statusNames() const
{
    return namesOf(statuses);
}

QStringList Inspector::engineNames() const
{
    return namesOf(engines);
}

QStringList Inspector::patternNames() const
{
    QStringList names;
    for (const RelationshipPattern pattern : patterns)
        names.append(QStringLiteral("%1 (%2)").arg(displayName(pattern), abbreviation(pattern)));
    return names;
}

QStringList Inspector::syncNames() const
{
    return namesOf(syncs);
}

QStringList Inspector::fieldTypeNames() const
{
    return namesOf(fieldTypes);
}

} // namespace Seams
