fn main() {
    let cfg = deckhand::config::Config::default();
    let inputs: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    let deck = deckhand::build_deck(&inputs, &cfg).unwrap();
    print!("{}", deckhand::export::json::to_json(&deck));
}
