/// The destination and title a link reference definition gives its label.
struct LinkReference {
    var destination: [UInt8]
    var title: [UInt8]?
}
