// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/result.h"

#include <QTest>

using namespace musiaia;

namespace {

Result<int> parsePositive(int value)
{
    if (value <= 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 is not positive").arg(value));
    return value;
}

Result<void> check(bool ok)
{
    if (!ok)
        return makeError(ErrorCode::Io, QStringLiteral("disk full"));
    return {};
}

} // namespace

class TestResult final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void value_isReachable()
    {
        const Result<int> result = parsePositive(3);
        QVERIFY(result.hasValue());
        QCOMPARE(result.value(), 3);
        QCOMPARE(*result, 3);
        QVERIFY(result.errorMessage().isEmpty());
    }

    void error_carriesCodeAndMessage()
    {
        const Result<int> result = parsePositive(-2);
        QVERIFY(!result);
        QCOMPARE(result.errorCode(), ErrorCode::InvalidArgument);
        QCOMPARE(result.errorMessage(), QStringLiteral("-2 is not positive"));
        QCOMPARE(result.valueOr(7), 7);
    }

    void voidResult_data()
    {
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message");
        QTest::newRow("success") << true << QString();
        QTest::newRow("failure") << false << QStringLiteral("disk full");
    }

    void voidResult()
    {
        QFETCH(bool, ok);
        QFETCH(QString, message);
        const Result<void> result = check(ok);
        QCOMPARE(result.hasValue(), ok);
        QCOMPARE(result.errorMessage(), message);
    }

    void errorCodeName_isStable()
    {
        QCOMPARE(errorCodeName(ErrorCode::RateLimited), QStringLiteral("rate-limited"));
        QCOMPARE(errorCodeName(ErrorCode::Corrupt), QStringLiteral("corrupt"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
