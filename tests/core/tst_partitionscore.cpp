#include "analysis/partitionscore.h"

#include <QTest>

using namespace Seams;

class tst_PartitionScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scores_data();
    void scores();
    void groupNumbersDoNotMatter();
};

void tst_PartitionScore::scores_data()
{
    QTest::addColumn<QList<int>>("candidate");
    QTest::addColumn<QList<int>>("reference");
    QTest::addColumn<qint64>("mojo");
    QTest::addColumn<double>("mojoFm");
    QTest::addColumn<double>("adjustedRand");

    const QList<int> twoGroups = {0, 0, 0, 1, 1, 1};
    // Worked by hand: moves = modules outside their group's best reference group; joins =
    // groups minus a maximum matching of groups to reference groups they share most with.
    // The farthest partition needs n - g = 6 - 2 = 4 operations.
    QTest::newRow("identical") << twoGroups << twoGroups << qint64(0) << 100.0 << 1.0;
    QTest::newRow("one group") << QList<int> {7, 7, 7, 7, 7, 7} << twoGroups << qint64(3) << 25.0
                               << 0.0;
    QTest::newRow("singletons") << QList<int> {0, 1, 2, 3, 4, 5} << twoGroups << qint64(4) << 0.0
                                << 0.0;
    // {0,1} -> A, {2,3} ties A and B, {4,5} -> B: one move, one join.
    QTest::newRow("three pairs") << QList<int> {0, 0, 1, 1, 2, 2} << twoGroups << qint64(2) << 50.0
                                 << 0.2424242424; // (2 - 1.2) / (4.5 - 1.2)
}

void tst_PartitionScore::scores()
{
    QFETCH(QList<int>, candidate);
    QFETCH(QList<int>, reference);
    QFETCH(qint64, mojo);
    QFETCH(double, mojoFm);
    QFETCH(double, adjustedRand);
    QCOMPARE(PartitionScore::mojoDistance(candidate, reference), mojo);
    QCOMPARE(PartitionScore::mojoFm(candidate, reference), mojoFm);
    QVERIFY2(qAbs(PartitionScore::adjustedRand(candidate, reference) - adjustedRand) < 1e-6,
             qPrintable(QString::number(PartitionScore::adjustedRand(candidate, reference))));
}

void tst_PartitionScore::groupNumbersDoNotMatter()
{
    const QList<int> reference = {5, 5, 9, 9, 9, 2};
    const QList<int> renamed = {100, 100, -3, -3, -3, 42};
    QCOMPARE(PartitionScore::mojoDistance(renamed, reference), 0);
    QCOMPARE(PartitionScore::adjustedRand(renamed, reference), 1.0);
}

QTEST_GUILESS_MAIN(tst_PartitionScore)
#include "tst_partitionscore.moc"
