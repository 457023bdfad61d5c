//! The EPU claim as XML for filers whose e-Sąd account takes XML (professional attorneys and
//! mass plaintiffs: reference/pl/collection.md §2.1), written from the same sheet as the form.
//!
//! The published schema (e-sad/dokumentacja, 2018) does not compile as published: its data
//! types sit in another namespace (formats/epu/README.md). The output follows `Pozew_EPU.xsd`
//! inside the `Pozwy` package root, all in `http://www.currenda.pl/epu` (as e-Sąd's own sample
//! and the 2018 documentation), `version="2.0"` because the interest codes 8–18 are version 2.
//! The format in force must be confirmed with e-Sąd before filing; the app says so.

use super::epu::{EpuSheet, PartySheet, PartyType};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

pub const EPU_NAMESPACE: &str = "http://www.currenda.pl/epu";

/// Who signs and files the XML (`OsobaSkladajaca`, `ListaPodpisow`): the schema requires a
/// natural person with a PESEL. Typed for the export only; never stored in the case.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filer {
    pub first_name: String,
    pub last_name: String,
    pub pesel: String,
    /// A professional attorney (adwokat, radca prawny) rather than the party itself.
    pub attorney: bool,
    /// The basis of the filer's authority (e.g. "prezes zarządu", a power of attorney).
    pub basis: String,
    /// First name and surname of a plaintiff or defendant who is a natural person (a consumer
    /// or a sole trader): the schema asks for them apart from the business name.
    pub plaintiff_person: (String, String),
    pub defendant_person: (String, String),
}

/// What the XML cannot be written without.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum XmlGap {
    FilerName,
    /// 11 digits.
    FilerPesel,
    /// The natural person's first name and surname.
    PersonName {
        plaintiff: bool,
    },
    Address {
        plaintiff: bool,
    },
    NoClaims,
    /// The package states the value of the claim in PLN (`WartoscSporu`) and the conversion of
    /// another currency is not computed here, so only a case in złoty is written.
    Currency,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn cut(s: &str, limit: usize) -> String {
    s.trim().chars().take(limit).collect()
}

fn amount(d: Decimal) -> String {
    format!("{:.2}", d.round_dp(2))
}

fn address(a: &super::address::AddressParts) -> String {
    let flat = if a.flat.is_empty() {
        String::new()
    } else {
        format!(" nr_mieszkania=\"{}\"", esc(&cut(&a.flat, 20)))
    };
    format!(
        "<curr:Adres ulica=\"{}\" nr_domu=\"{}\"{flat} kod=\"{}\" miejscowosc=\"{}\"/>",
        esc(&cut(&a.street, 100)),
        esc(&cut(&a.number, 20)),
        esc(&a.postcode),
        esc(&cut(&a.town, 60)),
    )
}

fn party(tag: &str, p: &PartySheet, names: &(String, String), account: &str) -> String {
    let mut x = format!(
        "<curr:{tag} ID=\"1\"><curr:ObcokrajowiecString/><curr:Obcokrajowiec>false</curr:Obcokrajowiec>\
<curr:BrakNumerowIdentyfikacyjnych>false</curr:BrakNumerowIdentyfikacyjnych>\
<curr:reprezentacja>1</curr:reprezentacja><curr:rodzajStrony>{}</curr:rodzajStrony>",
        p.kind.code()
    );
    match p.kind {
        PartyType::Person | PartyType::SoleTrader => {
            x.push_str(&format!(
                "<curr:OsobaFizyczna><curr:Imie>{}</curr:Imie><curr:Nazwisko>{}</curr:Nazwisko>",
                esc(&cut(&names.0, 30)),
                esc(&cut(&names.1, 60))
            ));
            if p.kind == PartyType::SoleTrader {
                x.push_str(&format!(
                    "<curr:Nazwa>{}</curr:Nazwa>",
                    esc(&cut(&p.name, 200))
                ));
            }
            if !p.pesel.is_empty() {
                x.push_str(&format!("<curr:PESEL>{}</curr:PESEL>", p.pesel));
            }
            x.push_str("</curr:OsobaFizyczna>");
        }
        PartyType::LegalPerson => {
            x.push_str(&format!(
                "<curr:Instytucja><curr:Nazwa>{}</curr:Nazwa><curr:Siedziba>{}</curr:Siedziba>",
                esc(&cut(&p.name, 200)),
                esc(&cut(&p.address.town, 60))
            ));
            if matches!(p.regon.len(), 9 | 14) {
                x.push_str(&format!("<curr:REGON>{}</curr:REGON>", p.regon));
            }
            if p.krs.len() == 10 {
                x.push_str(&format!(
                    "<curr:czyRejestr>1</curr:czyRejestr><curr:KRS>{}</curr:KRS>",
                    p.krs
                ));
            } else {
                x.push_str("<curr:czyRejestr>0</curr:czyRejestr>");
            }
            x.push_str("</curr:Instytucja>");
        }
    }
    if p.nip.len() == 10 {
        x.push_str(&format!("<curr:NIP>{}</curr:NIP>", p.nip));
    }
    x.push_str(&address(&p.address));
    if account.len() == 26 {
        x.push_str(&format!("<curr:numerKonta>{account}</curr:numerKonta>"));
    }
    x.push_str(&format!("</curr:{tag}>"));
    x
}

fn gaps(s: &EpuSheet, f: &Filer) -> Vec<XmlGap> {
    let mut gaps = Vec::new();
    if f.first_name.trim().is_empty() || f.last_name.trim().is_empty() {
        gaps.push(XmlGap::FilerName);
    }
    if !(f.pesel.len() == 11 && f.pesel.chars().all(|c| c.is_ascii_digit())) {
        gaps.push(XmlGap::FilerPesel);
    }
    for (p, names, plaintiff) in [
        (&s.plaintiff, &f.plaintiff_person, true),
        (&s.defendant, &f.defendant_person, false),
    ] {
        let person = matches!(p.kind, PartyType::Person | PartyType::SoleTrader);
        if person && (names.0.trim().is_empty() || names.1.trim().is_empty()) {
            gaps.push(XmlGap::PersonName { plaintiff });
        }
        if !p.address.is_complete() {
            gaps.push(XmlGap::Address { plaintiff });
        }
    }
    if s.claims.is_empty() {
        gaps.push(XmlGap::NoClaims);
    }
    if s.claims.iter().any(|c| c.currency != "PLN") {
        gaps.push(XmlGap::Currency);
    }
    gaps
}

/// The package (`Pozwy`) holding the one claim of `sheet`, or what is missing.
pub fn epu_xml(sheet: &EpuSheet, filer: &Filer) -> Result<String, Vec<XmlGap>> {
    let gaps = gaps(sheet, filer);
    if !gaps.is_empty() {
        return Err(gaps);
    }
    let s = sheet;
    let day = |d: chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(&format!(
        "<curr:Pozwy xmlns:curr=\"{EPU_NAMESPACE}\" OznaczeniePaczki=\"overdue-{}\">\n",
        s.filing.format("%Y%m%d")
    ));
    x.push_str(&format!(
        "<curr:PozewEPU ID=\"1\" version=\"2.0\" dataZlozenia=\"{}\">\n",
        day(s.filing)
    ));
    x.push_str(&format!(
        "<curr:Adresat ID=\"0\"><curr:Nazwa>{}</curr:Nazwa><curr:Wydzial>{}</curr:Wydzial>\
<curr:Adres ulica=\"{}\" nr_domu=\"{}\" kod=\"{}\" miejscowosc=\"{}\"/></curr:Adresat>\n",
        s.court,
        s.division,
        super::phrases::EPU_COURT_STREET,
        super::phrases::EPU_COURT_NUMBER,
        super::phrases::EPU_COURT_POSTCODE,
        super::phrases::EPU_COURT_TOWN,
    ));
    let osoba = format!(
        "<curr:Imie>{}</curr:Imie><curr:Nazwisko>{}</curr:Nazwisko><curr:PESEL>{}</curr:PESEL>",
        esc(&cut(&filer.first_name, 30)),
        esc(&cut(&filer.last_name, 60)),
        filer.pesel
    );
    x.push_str(&format!(
        "<curr:OsobaSkladajaca pelnomocnik=\"{}\" podstawa=\"{}\"><curr:Osoba>{osoba}</curr:Osoba>\
<curr:Nazwa>{}</curr:Nazwa>{}</curr:OsobaSkladajaca>\n",
        u8::from(filer.attorney),
        esc(filer.basis.trim()),
        esc(&cut(&s.plaintiff.name, 200)),
        address(&s.plaintiff.address),
    ));
    x.push_str(&format!(
        "<curr:ListaPowodow>{}</curr:ListaPowodow>\n",
        party("Powod", &s.plaintiff, &filer.plaintiff_person, &s.account)
    ));
    x.push_str(&format!(
        "<curr:ListaPozwanych>{}</curr:ListaPozwanych>\n",
        party("Pozwany", &s.defendant, &filer.defendant_person, "")
    ));
    x.push_str(&format!(
        "<curr:WartoscSporu>{}</curr:WartoscSporu>\n",
        amount(s.value)
    ));
    // A package claim is never exempt from the fee (`zwolnienie` fixed at 0).
    x.push_str(&format!(
        "<curr:OplataSadowa wartosc=\"{}\" zwolnienie=\"0\" zasadzenie=\"1\"/>\n",
        amount(s.fee.unwrap_or_default())
    ));
    let norm = u8::from(filer.attorney);
    x.push_str(&format!(
        "<curr:KosztyZastepstwa wartosc=\"0.00\" zasadzenie=\"{norm}\" wgNorm=\"{norm}\"/>\n"
    ));
    if s.account.len() == 26 {
        x.push_str(&format!(
            "<curr:RachunekDoZwrotuOplat><curr:NumerRachunkuDoZwrotuOplat>{}</curr:NumerRachunkuDoZwrotuOplat>\
<curr:WlascicielRachunku>{}</curr:WlascicielRachunku></curr:RachunekDoZwrotuOplat>\n",
            s.account,
            esc(&cut(&s.plaintiff.name, 150))
        ));
    }
    x.push_str("<curr:ListaRoszczen>\n");
    for c in &s.claims {
        x.push_str(&format!(
            "<curr:Roszczenie numer=\"{}\" wartosc=\"{}\" waluta=\"{}\" opis=\"{}\" odsetki=\"{}\" solidarnie=\"0\" typ=\"{}\" dataWymagalnosci=\"{}\">",
            c.number,
            amount(c.value),
            c.currency,
            esc(&c.description),
            u8::from(c.interest_code.is_some()),
            u8::from(c.commercial),
            day(c.due_date),
        ));
        if let (Some(code), Some(from)) = (c.interest_code, c.interest_from) {
            let rate = match c.interest_rate {
                Some(r) => format!(" stopa=\"{}\" okres=\"0\"", r.normalize()),
                None => String::new(),
            };
            let opis = if code == 18 {
                format!("<curr:Opis>{}</curr:Opis>", esc(&c.interest_text))
            } else {
                String::new()
            };
            x.push_str(&format!(
                "<curr:Odsetki><curr:OkresOdsetkowy dataOd=\"{}\" czyUstawowe=\"{code}\"{rate} doZaplaty=\"1\">{opis}</curr:OkresOdsetkowy></curr:Odsetki>",
                day(from)
            ));
        }
        if !c.evidence.is_empty() {
            x.push_str("<curr:Dowody>");
            for n in &c.evidence {
                x.push_str(&format!("<curr:Dowod>{n}</curr:Dowod>"));
            }
            x.push_str("</curr:Dowody>");
        }
        x.push_str("</curr:Roszczenie>\n");
    }
    x.push_str("</curr:ListaRoszczen>\n");
    if !s.evidence.is_empty() {
        x.push_str("<curr:ListaDowodow>\n");
        for e in &s.evidence {
            let date = e
                .date
                .map(|d| format!(" dataDowodu=\"{}\"", day(d)))
                .unwrap_or_default();
            x.push_str(&format!(
                "<curr:Dowod numer=\"{}\" typDowodu=\"{}\" oznaczenie=\"{}\"{date}><curr:FaktStwierdzany>{}</curr:FaktStwierdzany></curr:Dowod>\n",
                e.number,
                e.kind.code(),
                esc(&e.label),
                esc(&e.fact)
            ));
        }
        x.push_str("</curr:ListaDowodow>\n");
    }
    x.push_str(&format!(
        "<curr:Uzasadnienie>{}</curr:Uzasadnienie>\n",
        esc(&s.justification)
    ));
    x.push_str(&format!(
        "<curr:ListaPodpisow><curr:Podpis>{osoba}</curr:Podpis></curr:ListaPodpisow>\n"
    ));
    x.push_str("</curr:PozewEPU>\n</curr:Pozwy>\n");
    Ok(x)
}
