#include "canvas/spatialindex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Seams;

namespace {

QUuid idOf(int number)
{
    return QUuid(uint(number), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

QList<QUuid> sorted(QList<QUuid> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool touches(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom()
        && b.top() <= a.bottom();
}

} // namespace

class tst_SpatialIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void query_data();
    void query();
    void moveAndRemove();
    void oversizedItems();
    void itemsAtPoint();
    void bounds();
    void hostileRectangles();
    void matchesBruteForce();
};

void tst_SpatialIndex::query_data()
{
    QTest::addColumn<QList<QRectF>>("items");
    QTest::addColumn<QRectF>("rect");
    QTest::addColumn<QList<int>>("expected");

    const QList<QRectF> grid = {QRectF(0, 0, 100, 80), QRectF(300, 0, 100, 80),
                                QRectF(0, 300, 100, 80), QRectF(600, 600, 100, 80)};
    QTest::newRow("everything") << grid << QRectF(-10, -10, 1000, 1000) << QList<int> {0, 1, 2, 3};
    QTest::newRow("one") << grid << QRectF(10, 10, 5, 5) << QList<int> {0};
    QTest::newRow("between") << grid << QRectF(150, 150, 50, 50) << QList<int> {};
    QTest::newRow("touching edge counts") << grid << QRectF(100, 80, 10, 10) << QList<int> {0};
    QTest::newRow("negative quadrant") << QList<QRectF> {QRectF(-500, -500, 100, 100)}
                                       << QRectF(-450, -450, 1, 1) << QList<int> {0};
    QTest::newRow("spanning cells, reported once")
        << QList<QRectF> {QRectF(200, 200, 700, 700)} << QRectF(0, 0, 2000, 2000) << QList<int> {0};
    QTest::newRow("normalized query") << grid << QRectF(110, 90, -120, -100) << QList<int> {0};
    QTest::newRow("far away") << grid << QRectF(1e6, 1e6, 10, 10) << QList<int> {};
}

void tst_SpatialIndex::query()
{
    QFETCH(QList<QRectF>, items);
    QFETCH(QRectF, rect);
    QFETCH(QList<int>, expected);
    SpatialIndex index(256);
    for (int i = 0; i < items.size(); ++i)
        index.insert(idOf(i), items.at(i));
    QList<QUuid> expectedIds;
    for (int i : expected)
        expectedIds.append(idOf(i));
    QCOMPARE(sorted(index.query(rect)), sorted(expectedIds));
    QCOMPARE(index.count(), items.size());
}

void tst_SpatialIndex::moveAndRemove()
{
    SpatialIndex index(100);
    index.insert(idOf(1), QRectF(0, 0, 50, 50));
    index.insert(idOf(2), QRectF(500, 500, 50, 50));
    // Inserting an indexed id moves it: the old cells forget it.
    index.insert(idOf(1), QRectF(1000, 1000, 50, 50));
    QCOMPARE(index.count(), 2);
    QVERIFY(index.query(QRectF(0, 0, 60, 60)).isEmpty());
    QCOMPARE(index.query(QRectF(990, 990, 30, 30)), QList<QUuid> {idOf(1)});
    QCOMPARE(index.rect(idOf(1)), QRectF(1000, 1000, 50, 50));

    index.remove(idOf(2));
    QVERIFY(!index.contains(idOf(2)));
    QVERIFY(index.query(QRectF(500, 500, 10, 10)).isEmpty());
    index.remove(idOf(42)); // unknown ids are ignored
    QCOMPARE(index.count(), 1);
    index.clear();
    QVERIFY(index.isEmpty());
    QVERIFY(index.query(QRectF(-1e6, -1e6, 2e6, 2e6)).isEmpty());
}

void tst_SpatialIndex::oversizedItems()
{
    // A note a million units wide must not fill millions of buckets, and is still found.
    SpatialIndex index(256);
    index.insert(idOf(1), QRectF(-5e5, -5e5, 1e6, 1e6));
    index.insert(idOf(2), QRectF(10, 10, 20, 20));
    QCOMPARE(sorted(index.query(QRectF(0, 0, 50, 50))), sorted({idOf(1), idOf(2)}));
    QCOMPARE(index.query(QRectF(4e5, 4e5, 10, 10)), QList<QUuid> {idOf(1)});
    // Shrinking it moves it from the oversized list into the grid.
    index.insert(idOf(1), QRectF(1000, 1000, 10, 10));
    QCOMPARE(index.query(QRectF(4e5, 4e5, 10, 10)), QList<QUuid> {});
    QCOMPARE(index.query(QRectF(1000, 1000, 1, 1)), QList<QUuid> {idOf(1)});
    index.remove(idOf(1));
    QCOMPARE(index.query(QRectF(-1e6, -1e6, 2e6, 2e6)), QList<QUuid> {idOf(2)});
}

void tst_SpatialIndex::itemsAtPoint()
{
    SpatialIndex index(64);
    index.insert(idOf(1), QRectF(0, 0, 100, 100));
    index.insert(idOf(2), QRectF(50, 50, 100, 100));
    QCOMPARE(sorted(index.itemsAt(QPointF(75, 75))), sorted({idOf(1), idOf(2)}));
    QCOMPARE(index.itemsAt(QPointF(10, 10)), QList<QUuid> {idOf(1)});
    QVERIFY(index.itemsAt(QPointF(200, 10)).isEmpty());
}

void tst_SpatialIndex::bounds()
{
    SpatialIndex index;
    QVERIFY(index.bounds().isEmpty());
    index.insert(idOf(1), QRectF(0, 0, 10, 10));
    index.insert(idOf(2), QRectF(100, 200, 10, 10));
    QCOMPARE(index.bounds(), QRectF(0, 0, 110, 210));
    // Moving the item that defined the bounds shrinks them.
    index.insert(idOf(2), QRectF(5, 5, 10, 10));
    QCOMPARE(index.bounds(), QRectF(0, 0, 15, 15));
    index.remove(idOf(2));
    QCOMPARE(index.bounds(), QRectF(0, 0, 10, 10));
}

void tst_SpatialIndex::hostileRectangles()
{
    SpatialIndex index;
    index.insert(idOf(1), QRectF(0, 0, 10, 10));
    const qreal inf = std::numeric_limits<qreal>::infinity();
    const qreal nan = std::numeric_limits<qreal>::quiet_NaN();
    QVERIFY(index.query(QRectF(0, 0, inf, 10)).isEmpty());
    QVERIFY(index.query(QRectF(nan, 0, 10, 10)).isEmpty());
    QCOMPARE(index.query(QRectF(-1e7, -1e7, 2e7, 2e7)), QList<QUuid> {idOf(1)});
}

void tst_SpatialIndex::matchesBruteForce()
{
    // Random notes and random queries, moves and removals: the index must always agree with
    // a plain scan.
    QRandomGenerator random(7);
    SpatialIndex index(200);
    QHash<QUuid, QRectF> rects;
    auto randomRect = [&random] {
        return QRectF(random.bounded(-3000, 3000), random.bounded(-3000, 3000),
                      random.bounded(1, 400), random.bounded(1, 400));
    };
    for (int i = 0; i < 2000; ++i) {
        const QUuid id = idOf(i);
        rects.insert(id, randomRect());
        index.insert(id, rects.value(id));
    }
    for (int round = 0; round < 300; ++round) {
        const QUuid changed = idOf(int(random.bounded(2000)));
        if (round % 3 == 0) {
            index.remove(changed);
            rects.remove(changed);
        } else {
            rects.insert(changed, randomRect());
            index.insert(changed, rects.value(changed));
        }
        const QRectF query(random.bounded(-3500, 3500), random.bounded(-3500, 3500),
                           random.bounded(0, 2500), random.bounded(0, 2500));
        QList<QUuid> expected;
        for (auto it = rects.cbegin(); it != rects.cend(); ++it) {
            if (touches(it.value(), query))
                expected.append(it.key());
        }
        QCOMPARE(sorted(index.query(query)), sorted(expected));
    }
    QCOMPARE(index.count(), rects.size());
}

QTEST_GUILESS_MAIN(tst_SpatialIndex)
#include "tst_spatialindex.moc"
