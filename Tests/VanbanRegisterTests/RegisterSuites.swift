import Testing

/// The register's behaviour on SQLite (the default database).
@Suite struct SQLiteRegisterTests {
    @Test func reservesConsecutiveNumbersFromOne() async throws {
        try await RegisterBehaviour.reservesConsecutiveNumbersFromOne(.sqlite)
    }
    @Test func cancelledNumberStaysAndIsNeverReused() async throws {
        try await RegisterBehaviour.cancelledNumberStaysAndIsNeverReused(.sqlite)
    }
    @Test func issueRecordsTheWrittenFile() async throws {
        try await RegisterBehaviour.issueRecordsTheWrittenFile(.sqlite)
    }
    @Test func failedWriteTakesNoNumber() async throws {
        try await RegisterBehaviour.failedWriteTakesNoNumber(.sqlite)
    }
    @Test func existingNumberAndSymbolIsRefused() async throws {
        try await RegisterBehaviour.existingNumberAndSymbolIsRefused(.sqlite)
    }
    @Test func numbersBelongToTheirYearInVietnam() async throws {
        try await RegisterBehaviour.numbersBelongToTheirYearInVietnam(.sqlite)
    }
    @Test func reconcilePlacesFilesCommittedBeforeACrash() async throws {
        try await RegisterBehaviour.reconcilePlacesFilesCommittedBeforeACrash(.sqlite)
    }
    @Test func seriesSettingsAreChecked() async throws {
        try await RegisterBehaviour.seriesSettingsAreChecked(.sqlite)
    }
    @Test func fileOfAnotherEntryOrElsewhereIsRefused() async throws {
        try await RegisterBehaviour.fileOfAnotherEntryOrElsewhereIsRefused(.sqlite)
    }
    @Test func eightProcessesTake4000NumbersWithoutGapOrDuplicate() async throws {
        try await RegisterProcesses.eightProcessesTake4000Numbers(.sqlite)
    }
    @Test func killedProcessesLeaveNoBrokenEntry() async throws {
        try await RegisterProcesses.killedProcessesLeaveNoBrokenEntry(.sqlite)
    }
}

/// The same behaviour on PostgreSQL; needs a server (`VANBAN_TEST_POSTGRES`, set by CI).
@Suite(.enabled(if: Backend.postgresServer != nil, Backend.postgresMissing))
struct PostgresRegisterTests {
    @Test func reservesConsecutiveNumbersFromOne() async throws {
        try await RegisterBehaviour.reservesConsecutiveNumbersFromOne(.postgres)
    }
    @Test func cancelledNumberStaysAndIsNeverReused() async throws {
        try await RegisterBehaviour.cancelledNumberStaysAndIsNeverReused(.postgres)
    }
    @Test func issueRecordsTheWrittenFile() async throws {
        try await RegisterBehaviour.issueRecordsTheWrittenFile(.postgres)
    }
    @Test func failedWriteTakesNoNumber() async throws {
        try await RegisterBehaviour.failedWriteTakesNoNumber(.postgres)
    }
    @Test func existingNumberAndSymbolIsRefused() async throws {
        try await RegisterBehaviour.existingNumberAndSymbolIsRefused(.postgres)
    }
    @Test func numbersBelongToTheirYearInVietnam() async throws {
        try await RegisterBehaviour.numbersBelongToTheirYearInVietnam(.postgres)
    }
    @Test func reconcilePlacesFilesCommittedBeforeACrash() async throws {
        try await RegisterBehaviour.reconcilePlacesFilesCommittedBeforeACrash(.postgres)
    }
    @Test func seriesSettingsAreChecked() async throws {
        try await RegisterBehaviour.seriesSettingsAreChecked(.postgres)
    }
    @Test func fileOfAnotherEntryOrElsewhereIsRefused() async throws {
        try await RegisterBehaviour.fileOfAnotherEntryOrElsewhereIsRefused(.postgres)
    }
    @Test func eightProcessesTake4000NumbersWithoutGapOrDuplicate() async throws {
        try await RegisterProcesses.eightProcessesTake4000Numbers(.postgres)
    }
    @Test func killedProcessesLeaveNoBrokenEntry() async throws {
        try await RegisterProcesses.killedProcessesLeaveNoBrokenEntry(.postgres)
    }
}
