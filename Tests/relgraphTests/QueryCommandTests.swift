import Foundation
import Testing

@Suite struct QueryCommandTests {
    @Test func dependenciesOfRussiaListNorthKoreaAndIranWithEvidence() throws {
        let result = try CLIRunner.run("dependencies", "RUS")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("PRK (North Korea): direct"))
        #expect(result.stdout.contains("RUS ← PRK via troops (asserted)\n"))
        #expect(result.stdout.contains("IRN (Iran): direct"))
        #expect(result.stdout.contains("RUS ← IRN via supply (asserted)"))
        #expect(result.stdout.contains("supply [001_dcef16e35867d195.txt:3404-3424] \"Iran supplies Russia\""))
        #expect(result.stdout.contains("troops: 19 more (--format json lists all)"))
    }

    @Test func partiesAreNamedByAliasAndJSONIsForScripts() throws {
        let result = try CLIRunner.run("dependencies", "moscow", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["party"] as? String == "RUS")
        let dependencies = try #require(object["dependencies"] as? [[String: Any]])
        #expect(dependencies.compactMap { $0["party"] as? String } == ["PRK", "IRN"])
        #expect(dependencies.allSatisfy { $0["depth"] as? Int == 1 && $0["hedged"] as? Bool == false })
    }

    @Test func hedgedLinksCountOnlyWhenAsked() throws {
        let plain = try CLIRunner.run("dependencies", "PRK")
        #expect(plain.stdout.contains("depends on 0 parties"))
        let hedged = try CLIRunner.run("dependencies", "PRK", "--hedged")
        #expect(hedged.stdout.contains("RUS (Russia): direct, hedged"))
        #expect(hedged.stdout.contains("PRK ← RUS via supply (hedged)"))
    }

    @Test func dependentsOfNorthKoreaListRussia() throws {
        let result = try CLIRunner.run("dependents", "PRK")
        #expect(result.status == 0)
        #expect(result.stdout.contains("RUS (Russia): direct"))
        #expect(result.stdout.contains("PRK → RUS via troops (asserted)\n"))
    }

    @Test func pathAnswersClearlyEitherWay() throws {
        let none = try CLIRunner.run("path", "KOR", "RUS")
        #expect(none.status == 0)
        #expect(none.stdout.hasPrefix("No path from KOR (South Korea) to RUS (Russia)"))
        let found = try CLIRunner.run("path", "Seoul", "Kyiv", "--hedged")
        #expect(found.stdout.contains("Shortest path from KOR (South Korea) to UKR (Ukraine), 1 link:"))
        #expect(found.stdout.contains("KOR → UKR via supply (hedged)"))
        let all = try CLIRunner.run("path", "PRK", "UKR", "--all", "--max-length", "3")
        #expect(all.stdout.contains("1 path from PRK (North Korea) to UKR (Ukraine), at most 3 links:"))
        #expect(all.stdout.contains("1. PRK → RUS → UKR\n  PRK → RUS via troops (asserted)"))
        let kinds = try CLIRunner.run("path", "PRK", "UKR", "--kind", "supply")
        #expect(kinds.stdout.hasPrefix("No path"))
    }

    @Test func impactOfIranNamesRussia() throws {
        let result = try CLIRunner.run("impact", "IRN")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Removing IRN (Iran) cuts support to 1 party"))
        #expect(result.stdout.contains("RUS (Russia): direct; still supplied by PRK"))
    }

    @Test func partiesAndRelationsList() throws {
        let parties = try CLIRunner.run("parties")
        #expect(parties.stdout.contains("RUS   Russia [state]"))
        let sanctions = try CLIRunner.run("relations", "--kind", "sanction")
        #expect(sanctions.stdout.contains("WEST → RUS  sanction (asserted)"))
        #expect(sanctions.stdout.contains("UN → PRK  sanction (asserted)"))
        #expect(!sanctions.stdout.contains("supply"))
        let json = try CLIRunner.run("relations", "--party", "Iran", "--format", "json")
        let relations = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(relations.count == 2)
    }
}
