import Foundation
import RelationGraphExtract
import RelationGraphRender

// Extract the relations stated in an article and draw them for a report:
//   swift run ReportDiagram article.txt     writes article.svg and article.dot
// Without an argument it uses a short made-up text.
let arguments = CommandLine.arguments.dropFirst()
let name = arguments.first ?? "example.txt"
let text = arguments.first.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? """
    Iran supplies Russia with drones. North Korea reportedly sent troops to Russia.
    The EU imposed new sanctions on Belarus. Russian forces invaded Ukraine in 2022.
    """

let extractor = try Extractor()
let graph = extractor.graph(from: [(document: URL(fileURLWithPath: name).lastPathComponent, text: text)])
print("\(graph.relationCount) relations among \(graph.partyCount) parties")

let base = URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
let svg = SVGWriter().svg(for: LayeredLayout().layout(graph), graph: graph)
try svg.write(toFile: "\(base).svg", atomically: true, encoding: .utf8)
var options = DOTWriter.Options()
options.legend = true
try DOTWriter(options: options).dot(for: graph).write(toFile: "\(base).dot", atomically: true, encoding: .utf8)
print("wrote \(base).svg and \(base).dot")
