#include "report_spec.h"

#include <algorithm>
#include <array>
#include <sstream>

#include "gransk/corpus/kommuner.h"

namespace gransk::samplegen {
namespace {

struct Kommun {
  const char* name;
  const char* code;
  const char* lan;
};

// A sample of real kommuner (names and codes as in SCB's register).
constexpr std::array<Kommun, 24> kKommuner = {{
    {"Ale", "1440", "Västra Götalands län"},
    {"Arvika", "1784", "Värmlands län"},
    {"Bollnäs", "2183", "Gävleborgs län"},
    {"Eksjö", "0686", "Jönköpings län"},
    {"Falköping", "1499", "Västra Götalands län"},
    {"Gislaved", "0662", "Jönköpings län"},
    {"Hallsberg", "1861", "Örebro län"},
    {"Hudiksvall", "2184", "Gävleborgs län"},
    {"Kalix", "2514", "Norrbottens län"},
    {"Karlshamn", "1082", "Blekinge län"},
    {"Kramfors", "2282", "Västernorrlands län"},
    {"Laholm", "1381", "Hallands län"},
    {"Lidköping", "1494", "Västra Götalands län"},
    {"Ljusdal", "2161", "Gävleborgs län"},
    {"Mora", "2062", "Dalarnas län"},
    {"Nybro", "0881", "Kalmar län"},
    {"Oskarshamn", "0882", "Kalmar län"},
    {"Sala", "1981", "Västmanlands län"},
    {"Strängnäs", "0486", "Södermanlands län"},
    {"Tierp", "0360", "Uppsala län"},
    {"Torsby", "1737", "Värmlands län"},
    {"Vimmerby", "0884", "Kalmar län"},
    {"Åmål", "1492", "Västra Götalands län"},
    {"Östhammar", "0382", "Uppsala län"},
}};

constexpr std::array<const char*, 4> kFirms = {"KPMG", "PwC", "EY", "Deloitte"};

struct QuestionTemplate {
  const char* theme;
  const char* question;
  const char* finding;
  const char* finding_gap;
  const char* assessment_ja;
  const char* assessment_delvis;
  const char* assessment_nej;
  const char* recommendation;
};

struct Topic {
  const char* topic;
  const char* title;
  const char* purpose;
  const char* background;
  const char* note_word;
  const char* note_text;
  std::vector<QuestionTemplate> questions;
};

const std::vector<Topic>& topics() {
  static const std::vector<Topic> t = {
      {"informationssäkerhet",
       "Granskning av informationssäkerhetsarbetet",
       "Syftet är att bedöma om kommunstyrelsen säkerställer ett systematiskt och riskbaserat "
       "informationssäkerhetsarbete.",
       "Kommunens verksamheter är beroende av digitala system och av att information är "
       "tillgänglig, riktig och skyddad. Angrepp mot offentlig sektor har ökat, bland annat genom "
       "utpressningsattacker och överbelastningsattacker mot kommunala webbplatser.",
       "överbelastningsattacker",
       "Attacker där en tjänst översvämmas av trafik så att den inte längre kan nås.",
       {
           {"Styrande dokument",
            "Finns det en antagen informationssäkerhetspolicy med tillhörande riktlinjer?",
            "Kommunfullmäktige antog en informationssäkerhetspolicy för flera år sedan. Policyn "
            "anger mål och ansvar men har inte reviderats sedan den antogs.",
            "Tillhörande riktlinjer om informationsklassning och behörighetshantering saknas eller "
            "finns endast som utkast.",
            "Vi bedömer att det finns en aktuell policy med tillhörande riktlinjer.",
            "Vi bedömer att det delvis finns styrande dokument, men att riktlinjerna behöver "
            "färdigställas.",
            "Vi bedömer att det saknas aktuella styrande dokument för "
            "informationssäkerhetsarbetet.",
            "Revidera informationssäkerhetspolicyn och fastställa riktlinjer för "
            "informationsklassning och behörighetshantering."},
           {"Organisation och ansvar",
            "Är ansvaret för informationssäkerheten tydligt fördelat mellan nämnder och "
            "förvaltningar?",
            "Det finns en informationssäkerhetssamordnare på halvtid som är placerad vid "
            "kommunledningskontoret.",
            "Förvaltningscheferna känner inte till sitt ansvar som informationsägare och rollen "
            "som systemägare är inte utsedd för flera verksamhetssystem.",
            "Vi bedömer att ansvaret är tydligt fördelat och känt i organisationen.",
            "Vi bedömer att ansvaret delvis är tydligt, men att rollerna som informationsägare "
            "behöver förankras.",
            "Vi bedömer att ansvaret för informationssäkerheten inte är tydligt fördelat.",
            "Utse systemägare för samtliga verksamhetssystem och tydliggöra informationsägarnas "
            "ansvar."},
           {"Riskanalys och informationsklassning",
            "Genomförs riskanalyser och informationsklassning på ett systematiskt sätt?",
            "Kommunen har en modell för informationsklassning som bygger på myndigheternas "
            "metodstöd.",
            "Endast ett fåtal system har klassats och resultatet har inte lett till dokumenterade "
            "åtgärder.",
            "Vi bedömer att riskanalyser och klassning genomförs systematiskt.",
            "Vi bedömer att klassning delvis genomförs, men att arbetet inte omfattar alla "
            "verksamheter.",
            "Vi bedömer att riskanalyser och informationsklassning inte genomförs systematiskt.",
            "Säkerställa att informationsklassning och riskanalys genomförs för kommunens samtliga "
            "verksamhetssystem."},
           {"Incidenthantering",
            "Finns det rutiner för att rapportera, hantera och följa upp "
            "informationssäkerhetsincidenter?",
            "It-avdelningen har en rutin för felanmälan och ett avtal om övervakning dygnet runt "
            "med en extern leverantör.",
            "Incidenter rapporteras inte till kommunstyrelsen och det saknas en sammanställning av "
            "inträffade händelser.",
            "Vi bedömer att det finns ändamålsenliga rutiner för incidenthantering.",
            "Vi bedömer att rutinerna delvis är ändamålsenliga, men att uppföljningen av "
            "incidenter brister.",
            "Vi bedömer att det saknas rutiner för incidenthantering.",
            "Upprätta rutiner för rapportering och uppföljning av informationssäkerhetsincidenter "
            "till kommunstyrelsen."},
           {"Utbildning och säkerhetskultur",
            "Får medarbetare och förtroendevalda utbildning i informationssäkerhet?",
            "Nyanställda får information om lösenord och e-posthantering vid introduktionen.",
            "Det finns ingen återkommande utbildning och förtroendevalda har inte erbjudits någon "
            "utbildning alls.",
            "Vi bedömer att medarbetare och förtroendevalda får tillräcklig utbildning.",
            "Vi bedömer att utbildningsinsatserna delvis är tillräckliga.",
            "Vi bedömer att medarbetare och förtroendevalda inte får tillräcklig utbildning.",
            "Införa en återkommande utbildning i informationssäkerhet för medarbetare och "
            "förtroendevalda."},
           {"Uppföljning", "Följer kommunstyrelsen upp informationssäkerhetsarbetet?",
            "Informationssäkerhet ingår som en punkt i den interna kontrollplanen.",
            "Kommunstyrelsen har inte tagit emot någon samlad rapport om "
            "informationssäkerhetsarbetet under de senaste två åren.",
            "Vi bedömer att kommunstyrelsen följer upp arbetet på ett tillräckligt sätt.",
            "Vi bedömer att uppföljningen delvis är tillräcklig.",
            "Vi bedömer att kommunstyrelsen inte följer upp informationssäkerhetsarbetet.",
            "Begära en årlig återrapportering av informationssäkerhetsarbetet till "
            "kommunstyrelsen."},
       }},
      {"intern kontroll",
       "Granskning av kommunstyrelsens interna kontroll",
       "Syftet är att bedöma om kommunstyrelsen har säkerställt en tillräcklig intern kontroll.",
       "Enligt kommunallagen ska nämnderna se till att den interna kontrollen är tillräcklig. En "
       "väl fungerande intern kontroll minskar risken för fel, förluster och oegentligheter.",
       "oegentligheter",
       "Med oegentligheter avses här bland annat förskingring, mutor och jäv.",
       {
           {"Reglemente och anvisningar", "Finns det ett aktuellt reglemente för intern kontroll?",
            "Kommunfullmäktige har antagit ett reglemente för intern kontroll som beskriver ansvar "
            "och arbetsgång.",
            "Tillämpningsanvisningarna hänvisar till en organisation som inte längre finns.",
            "Vi bedömer att det finns ett aktuellt reglemente med anvisningar.",
            "Vi bedömer att reglementet delvis är aktuellt, men att anvisningarna behöver "
            "uppdateras.",
            "Vi bedömer att det saknas ett aktuellt reglemente för intern kontroll.",
            "Uppdatera tillämpningsanvisningarna till reglementet för intern kontroll."},
           {"Riskbedömning",
            "Grundar sig internkontrollplanen på en dokumenterad risk- och väsentlighetsanalys?",
            "Förvaltningen genomför en risk- och väsentlighetsanalys under hösten inför varje år.",
            "Analysen dokumenteras inte och det framgår inte varför vissa kontrollmoment har "
            "valts.",
            "Vi bedömer att internkontrollplanen grundar sig på en dokumenterad analys.",
            "Vi bedömer att planen delvis grundar sig på en riskanalys.",
            "Vi bedömer att internkontrollplanen inte grundar sig på en dokumenterad riskanalys.",
            "Dokumentera risk- och väsentlighetsanalysen och motivera valet av kontrollmoment."},
           {"Genomförande av kontroller",
            "Genomförs kontrollerna enligt den antagna internkontrollplanen?",
            "Flertalet kontroller har genomförts under året och resultatet har dokumenterats.",
            "Två kontrollmoment om attest och representation har inte genomförts alls.",
            "Vi bedömer att kontrollerna genomförs enligt planen.",
            "Vi bedömer att kontrollerna delvis genomförs enligt planen.",
            "Vi bedömer att kontrollerna inte genomförs enligt planen.",
            "Säkerställa att samtliga kontrollmoment i internkontrollplanen genomförs och "
            "dokumenteras."},
           {"Rapportering och åtgärder",
            "Rapporteras resultatet till kommunstyrelsen och leder avvikelser till åtgärder?",
            "Resultatet av kontrollerna rapporteras till kommunstyrelsen i samband med "
            "årsbokslutet.",
            "Det saknas uppgifter om vilka åtgärder som vidtagits med anledning av rapporterade "
            "avvikelser.",
            "Vi bedömer att resultatet rapporteras och att avvikelser leder till åtgärder.",
            "Vi bedömer att rapporteringen delvis är tillräcklig, men att åtgärder inte följs upp.",
            "Vi bedömer att resultatet inte rapporteras till kommunstyrelsen.",
            "Följa upp att åtgärder vidtas när kontrollerna visar på avvikelser."},
       }},
      {"upphandling",
       "Granskning av upphandling och avtalstrohet",
       "Syftet är att bedöma om kommunens upphandlingar genomförs i enlighet med lagen om "
       "offentlig upphandling och om avtalstroheten är tillräcklig.",
       "Kommunen köper varor och tjänster för stora belopp varje år. Brister i upphandlingen kan "
       "leda till upphandlingsskadeavgift och till att kommunen inte får de bästa villkoren.",
       "upphandlingsskadeavgift",
       "En avgift som Konkurrensverket kan ansöka om vid otillåten direktupphandling.",
       {
           {"Styrning",
            "Finns det en aktuell upphandlingspolicy och riktlinjer för direktupphandling?",
            "Kommunfullmäktige har antagit en upphandlingspolicy som anger mål för hållbara inköp.",
            "Riktlinjerna för direktupphandling anger inte hur upphandlingen ska dokumenteras.",
            "Vi bedömer att styrningen av upphandlingsverksamheten är ändamålsenlig.",
            "Vi bedömer att styrningen delvis är ändamålsenlig.",
            "Vi bedömer att det saknas ändamålsenlig styrning av upphandlingen.",
            "Komplettera riktlinjerna för direktupphandling med krav på dokumentation."},
           {"Direktupphandling",
            "Dokumenteras direktupphandlingar över den fastställda beloppsgränsen?",
            "Vi har stickprovsgranskat tjugo inköp som överstiger gränsen för dokumentationsplikt.",
            "I nio av tjugo stickprov saknades dokumentation av hur leverantören valdes.",
            "Vi bedömer att direktupphandlingarna dokumenteras.",
            "Vi bedömer att direktupphandlingarna delvis dokumenteras.",
            "Vi bedömer att direktupphandlingarna inte dokumenteras i tillräcklig utsträckning.",
            "Säkerställa att direktupphandlingar över beloppsgränsen dokumenteras."},
           {"Avtalstrohet", "Görs inköpen hos de leverantörer som kommunen har avtal med?",
            "Kommunen har en avtalsdatabas som är tillgänglig för alla beställare.",
            "En jämförelse av leverantörsreskontran med avtalsdatabasen visar inköp för betydande "
            "belopp utan avtal.",
            "Vi bedömer att avtalstroheten är tillräcklig.",
            "Vi bedömer att avtalstroheten delvis är tillräcklig.",
            "Vi bedömer att avtalstroheten inte är tillräcklig.",
            "Följa upp avtalstroheten årligen och rapportera resultatet till kommunstyrelsen."},
       }},
      {"krisberedskap",
       "Granskning av kommunens krisberedskap",
       "Syftet är att bedöma om kommunstyrelsen har säkerställt en ändamålsenlig krisberedskap.",
       "Kommunen har ett geografiskt områdesansvar vid kriser. Lagen om extraordinära händelser "
       "ställer krav på risk- och sårbarhetsanalys, planering och utbildning.",
       "områdesansvar",
       "Ansvaret att samordna aktörer inom kommunens geografiska område före, under och efter en "
       "kris.",
       {
           {"Risk- och sårbarhetsanalys", "Har kommunen en aktuell risk- och sårbarhetsanalys?",
            "Kommunen rapporterade sin senaste risk- och sårbarhetsanalys till länsstyrelsen förra "
            "året.",
            "Analysen har inte förankrats i nämnderna och verksamheternas egna analyser saknas.",
            "Vi bedömer att kommunen har en aktuell och förankrad analys.",
            "Vi bedömer att analysen delvis är ändamålsenlig.",
            "Vi bedömer att kommunen saknar en aktuell risk- och sårbarhetsanalys.",
            "Förankra risk- och sårbarhetsanalysen i nämnderna och komplettera den med "
            "verksamheternas analyser."},
           {"Krisledning", "Finns det en plan för hantering av extraordinära händelser?",
            "Det finns en krisledningsplan och en utsedd krisledningsnämnd.",
            "Planen anger inte hur kommunen ska upprätthålla ledning vid elavbrott eller bortfall "
            "av it-stöd.",
            "Vi bedömer att planen för extraordinära händelser är ändamålsenlig.",
            "Vi bedömer att planen delvis är ändamålsenlig.",
            "Vi bedömer att det saknas en ändamålsenlig plan.",
            "Komplettera krisledningsplanen med reservrutiner för elavbrott och bortfall av "
            "it-stöd."},
           {"Övning och utbildning", "Utbildas och övas krisledningsorganisationen regelbundet?",
            "Krisledningsnämnden genomförde en övning under våren.",
            "Tjänstepersoner i krisledningsstaben har inte deltagit i någon utbildning under "
            "mandatperioden.",
            "Vi bedömer att krisledningsorganisationen utbildas och övas regelbundet.",
            "Vi bedömer att utbildning och övning delvis sker regelbundet.",
            "Vi bedömer att krisledningsorganisationen inte utbildas och övas regelbundet.",
            "Upprätta en plan för utbildning och övning av krisledningsorganisationen."},
       }},
  };
  return t;
}

template <typename T>
const T& pick(std::mt19937& rng, const std::vector<T>& v) {
  return v[std::uniform_int_distribution<size_t>(0, v.size() - 1)(rng)];
}

std::string slug(std::string s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = s[i];
    if (c == 0xC3 && i + 1 < s.size()) {
      const unsigned char d = s[++i];
      out += (d == 0xA5 || d == 0xA4 || d == 0x85 || d == 0x84) ? 'a'
             : (d == 0xB6 || d == 0x96)                         ? 'o'
                                                                : 'e';
    } else if (std::isalnum(c)) {
      out += static_cast<char>(std::tolower(c));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

struct Region {
  const char* name;
  const char* lan;
};
constexpr std::array<Region, 4> kRegions = {{{"Region Gävleborg", "Gävleborgs län"},
                                             {"Region Kalmar län", "Kalmar län"},
                                             {"Region Västernorrland", "Västernorrlands län"},
                                             {"Region Örebro län", "Örebro län"}}};

constexpr std::array<const char*, 4> kNamnder = {"socialnämnden", "byggnadsnämnden", "miljönämnden",
                                                 "utbildningsnämnden"};

// Questions of a grundläggande granskning: the same every year, for every nämnd.
const std::vector<QuestionTemplate>& basic_audit_questions() {
  static const std::vector<QuestionTemplate> q = {
      {"Styrning", "Har nämnden styrt verksamheten i enlighet med fullmäktiges mål och riktlinjer?",
       "Nämnden har brutit ned fullmäktiges mål i en verksamhetsplan med mätbara indikatorer.",
       "För två av målen saknas indikatorer och målvärden.",
       "Vi bedömer att nämnden har styrt verksamheten i enlighet med fullmäktiges mål.",
       "Vi bedömer att nämnden delvis har styrt verksamheten i enlighet med fullmäktiges mål.",
       "Vi bedömer att nämnden inte har styrt verksamheten i enlighet med fullmäktiges mål.",
       "Komplettera verksamhetsplanen med indikatorer och målvärden för samtliga mål."},
      {"Ekonomi", "Har nämnden bedrivit verksamheten inom tilldelad budget?",
       "Nämnden har fått månatliga ekonomiska uppföljningar under året.",
       "Nämnden redovisar ett underskott och har inte beslutat om åtgärder för att nå balans.",
       "Vi bedömer att nämnden har bedrivit verksamheten inom budget.",
       "Vi bedömer att nämnden delvis har bedrivit verksamheten inom budget.",
       "Vi bedömer att nämnden inte har bedrivit verksamheten inom budget.",
       "Besluta om åtgärder när prognosen visar på ett underskott."},
      {"Intern kontroll", "Har nämnden säkerställt en tillräcklig intern kontroll?",
       "Nämnden har antagit en internkontrollplan för året.",
       "Uppföljningen av internkontrollplanen har inte redovisats för nämnden.",
       "Vi bedömer att nämnden har säkerställt en tillräcklig intern kontroll.",
       "Vi bedömer att nämndens interna kontroll delvis är tillräcklig.",
       "Vi bedömer att nämnden inte har säkerställt en tillräcklig intern kontroll.",
       "Säkerställa att uppföljningen av internkontrollplanen redovisas för nämnden."},
      {"Protokoll och beslut",
       "Har nämndens beslut fattats och protokollförts på ett korrekt sätt?",
       "Nämndens protokoll justeras inom föreskriven tid.",
       "Delegationsbeslut anmäls inte regelbundet till nämnden.",
       "Vi bedömer att nämndens beslut fattas och protokollförs korrekt.",
       "Vi bedömer att nämndens beslut delvis protokollförs korrekt.",
       "Vi bedömer att nämndens beslut inte protokollförs korrekt.",
       "Säkerställa att delegationsbeslut anmäls till nämnden vid varje sammanträde."},
  };
  return q;
}

}  // namespace

std::string style_name(Style s) {
  switch (s) {
    case Style::VerdictTable:
      return "verdikttabell";
    case Style::FulfilmentTable:
      return "uppfyllelsetabell";
    case Style::QuestionHeadings:
      return "fragerubriker";
    case Style::AnswerSections:
      return "svarsavsnitt";
    case Style::CoverLetter:
      return "missiv";
    case Style::AuditOfficeMemo:
      return "revisionskontor";
    case Style::FollowUpTable:
      return "uppfoljning";
    case Style::RegionReport:
      return "region";
    case Style::FollowUpSections:
      return "forbund-uppfoljning";
    case Style::CommentTable:
      return "kommentarstabell";
    case Style::SubQuestions:
      return "delfragor";
    case Style::BoardAnswer:
      return "svar";
  }
  return "okand";
}

std::string verdict_label(const ReportSpec& r, const std::string& v) {
  if (r.verdict_scale == "uppfyllt")
    return v == "ja" ? "Uppfyllt" : v == "delvis" ? "Delvis uppfyllt" : "Ej uppfyllt";
  if (r.verdict_scale == "uppfylld")
    return v == "ja" ? "Uppfylld" : v == "delvis" ? "Delvis uppfylld" : "Ej uppfylld";
  return v == "ja" ? "Ja" : v == "delvis" ? "Delvis" : "Nej";
}

ReportSpec make_report(std::mt19937& rng, int index, Style style) {
  const Kommun& k = kKommuner[std::uniform_int_distribution<size_t>(0, kKommuner.size() - 1)(rng)];
  const Topic& t = pick(rng, topics());
  ReportSpec r;
  r.style = style;
  r.organisation = corpus::official_name(k.name);
  r.organisation_genitive = r.organisation + "s";
  r.kommunkod = k.code;
  r.lan = k.lan;
  r.year = std::uniform_int_distribution<int>(2016, 2025)(rng);
  const int month = std::uniform_int_distribution<int>(2, 11)(rng);
  const int day = std::uniform_int_distribution<int>(1, 28)(rng);
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", r.year, month, day);
  r.date = date;
  r.topic = t.topic;
  r.title = t.title;
  r.bullet = pick(rng, std::vector<std::string>{"•", "–", "►"});
  r.verdict_scale = "ja";
  static const std::array<const char*, 12> month_names = {
      "januari", "februari", "mars",      "april",   "maj",      "juni",
      "juli",    "augusti",  "september", "oktober", "november", "december"};
  r.date_written = std::to_string(day) + " " + month_names[static_cast<size_t>(month - 1)] + " " +
                   std::to_string(r.year);
  switch (style) {
    case Style::VerdictTable:
      r.firm = pick(rng, std::vector<std::string>{"KPMG", "BDO", "Grant Thornton"});
      break;
    case Style::FulfilmentTable:
      r.firm = "PwC";
      r.verdict_scale = "uppfylld";
      break;
    case Style::QuestionHeadings:
      r.firm = "Deloitte";
      r.verdict_scale = "uppfylld";
      break;
    case Style::AnswerSections:
      r.firm = "EY";
      break;
    case Style::CoverLetter:
      r.firm = pick(rng, std::vector<std::string>{"EY", "KPMG"});
      break;
    case Style::AuditOfficeMemo:
      r.firm = "Revisionskontoret";
      r.verdict_scale = "uppfylld";
      break;
    case Style::FollowUpTable:
      r.firm = pick(rng, std::vector<std::string>{"KPMG", "PwC"});
      break;
    case Style::FollowUpSections: {
      static const std::array<const char*, 3> unions = {"Norra Hälsinglands kommunalförbund",
                                                        "Östra Skaraborgs kommunalförbund",
                                                        "Södra Dalarnas kommunalförbund"};
      r.organisation = unions[std::uniform_int_distribution<size_t>(0, unions.size() - 1)(rng)];
      r.organisation_genitive = r.organisation + "s";
      r.organisation_kind = "kommunalförbund";
      r.kommunkod.clear();
      r.addressee = "förbundsdirektionen";
      r.firm = pick(rng, std::vector<std::string>{"KPMG", "EY"});
      break;
    }
    case Style::CommentTable:
      r.firm = "Grant Thornton";
      r.verdict_scale = "uppfyllt";
      break;
    case Style::SubQuestions:
      r.firm = "BDO";
      r.verdict_scale = "uppfyllt";
      break;
    case Style::BoardAnswer:
      break;
    case Style::RegionReport: {
      const Region& reg =
          kRegions[std::uniform_int_distribution<size_t>(0, kRegions.size() - 1)(rng)];
      r.organisation = reg.name;
      r.organisation_genitive = std::string(reg.name) + "s";
      r.organisation_kind = "region";
      r.kommunkod.clear();
      r.lan = reg.lan;
      r.addressee = "regionstyrelsen";
      r.firm = pick(rng, std::vector<std::string>{"PwC", "EY"});
      r.verdict_scale = "uppfylld";
      break;
    }
  }
  r.stem = "prov-" + std::to_string(index) + "-" + style_name(style) + "-" + slug(r.organisation) +
           "-" + std::to_string(r.year);
  const std::string board = r.addressee;
  r.purpose = t.purpose;
  r.background = {std::string(t.background),
                  "Revisorerna har i sin riskanalys bedömt att området är väsentligt och att en "
                  "granskning bör genomföras under " +
                      std::to_string(r.year) + "."};
  r.footnotes.push_back({1, t.note_word, t.note_text});
  r.criteria = {"Kommunallagen 6 kap. 6 §", "Fullmäktiges reglemente för " + board,
                "Tillämpliga interna styrdokument och beslut"};

  std::vector<QuestionTemplate> qs =
      style == Style::AuditOfficeMemo ? basic_audit_questions() : t.questions;
  std::shuffle(qs.begin(), qs.end(), rng);
  const size_t n = std::min<size_t>(qs.size(), std::uniform_int_distribution<size_t>(3, 6)(rng));
  int nej = 0, ja = 0;
  for (size_t i = 0; i < n; ++i) {
    const QuestionTemplate& q = qs[i];
    Question out;
    out.text = q.question;
    out.theme = q.theme;
    out.verdict = pick(rng, std::vector<std::string>{"ja", "delvis", "delvis", "nej", "nej"});
    out.findings = {q.finding};
    if (out.verdict != "ja") out.findings.push_back(q.finding_gap);
    out.assessment = out.verdict == "ja"       ? q.assessment_ja
                     : out.verdict == "delvis" ? q.assessment_delvis
                                               : q.assessment_nej;
    if (out.verdict != "ja") r.recommendations.push_back(q.recommendation);
    nej += out.verdict == "nej";
    ja += out.verdict == "ja";
    r.questions.push_back(std::move(out));
  }
  if (r.recommendations.empty()) r.recommendations.push_back(qs[0].recommendation);
  const std::string how = nej * 2 > static_cast<int>(n)  ? "inte"
                          : ja * 2 > static_cast<int>(n) ? "i allt väsentligt"
                                                         : "delvis";
  const std::string who = style == Style::AuditOfficeMemo ? "nämnden" : board;
  r.overall_assessment = "Vår samlade bedömning är att " + who + " " + how +
                         " har säkerställt en ändamålsenlig hantering av " + r.topic + ".";

  // These layouts have no background chapter, so no footnote either.
  if (style == Style::AuditOfficeMemo || style == Style::FollowUpTable ||
      style == Style::SubQuestions)
    r.footnotes.clear();
  if (style == Style::AuditOfficeMemo) {
    r.addressee = kNamnder[std::uniform_int_distribution<size_t>(0, kNamnder.size() - 1)(rng)];
    r.report_type = "grundläggande granskning";
    r.topic = "grundläggande granskning";
    r.title = "Grundläggande granskning av " + r.addressee + " " + std::to_string(r.year);
    r.overall_assessment = "Vår samlade bedömning är att " + r.addressee + " " + how +
                           " har bedrivit verksamheten på ett ändamålsenligt sätt.";
  }
  if (style == Style::FollowUpTable || style == Style::FollowUpSections) {
    r.footnotes.clear();
    r.report_type = "uppföljande granskning";
    r.earlier_year = r.year - 2;
    r.earlier_title = "granskning av " + r.topic;
    r.title = "Uppföljande granskning av " + r.topic;
    std::vector<std::string> earlier;
    for (const QuestionTemplate& q : qs) earlier.push_back(q.recommendation);
    earlier.resize(std::min<size_t>(earlier.size(), 4));
    r.recommendations.clear();
    for (const std::string& e : earlier) {
      const std::string st = pick(rng, std::vector<std::string>{"ja", "delvis", "nej"});
      r.followups.push_back({e, st});
      if (st != "ja") r.recommendations.push_back(e);
    }
    if (r.recommendations.empty()) r.recommendations.push_back(earlier.front());
    r.questions = {{"Har " + board + " vidtagit åtgärder utifrån de rekommendationer som lämnades?",
                    "",
                    "",
                    {},
                    ""},
                   {"Har vidtagna åtgärder följts upp?", "", "", {}, ""}};
    r.overall_assessment = "Vår samlade bedömning är att " + board + " " + how +
                           " har hörsammat de rekommendationer som lämnades i granskningen från " +
                           std::to_string(r.earlier_year) + ".";
  }
  if (style == Style::CoverLetter) {
    static const std::array<const char*, 12> months = {
        "januari", "februari", "mars",      "april",   "maj",      "juni",
        "juli",    "augusti",  "september", "oktober", "november", "december"};
    const int due_month = (month + 2) % 12 + 1;
    const int due_year = r.year + (month + 2 >= 12 ? 1 : 0);
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", due_year, due_month, 15);
    r.response_requests.push_back(
        {"vilka åtgärder " + board +
             " avser att vidta med anledning av granskningens rekommendationer",
         iso,
         "15 " + std::string(months[static_cast<size_t>(due_month - 1)]) + " " +
             std::to_string(due_year)});
  }
  r.signatories = {
      pick(rng, std::vector<std::string>{"Anna Lindqvist", "Johan Berg", "Sara Öberg"}),
      pick(rng, std::vector<std::string>{"Erik Håkansson", "Maria Ek", "Lars Åström"})};
  return r;
}

namespace {

std::string lower_first(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

void same_organisation(ReportSpec& r, const ReportSpec& like) {
  r.organisation = like.organisation;
  r.organisation_genitive = like.organisation_genitive;
  r.organisation_kind = like.organisation_kind;
  r.kommunkod = like.kommunkod;
  r.lan = like.lan;
  r.addressee = like.addressee;
}

}  // namespace

void set_date(ReportSpec& r, std::mt19937& rng, int year) {
  static const std::array<const char*, 12> month_names = {
      "januari", "februari", "mars",      "april",   "maj",      "juni",
      "juli",    "augusti",  "september", "oktober", "november", "december"};
  r.year = year;
  const int month = std::uniform_int_distribution<int>(2, 11)(rng);
  const int day = std::uniform_int_distribution<int>(1, 28)(rng);
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
  r.date = date;
  r.date_written = std::to_string(day) + " " + month_names[static_cast<size_t>(month - 1)] + " " +
                   std::to_string(year);
  // A missiv's answer is due about three months after the report.
  const int due_month = (month + 2) % 12 + 1;
  const int due_year = year + (month + 2 >= 12 ? 1 : 0);
  char iso[16];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", due_year, due_month, 15);
  for (ResponseRequest& rr : r.response_requests) {
    rr.due_iso = iso;
    rr.due_written = "15 " + std::string(month_names[static_cast<size_t>(due_month - 1)]) + " " +
                     std::to_string(due_year);
  }
}

// How firms quote an earlier recommendation in a follow-up.
std::string reword(const std::string& text, int wording) {
  std::string t = text;
  if (!t.empty() && t.back() == '.') t.pop_back();
  switch (wording) {
    case 1:
      return "Att " + lower_first(t) + ".";
    case 2: {
      static const std::vector<std::pair<std::string, std::string>> synonyms = {
          {"Säkerställa", "Tillse"}, {"Upprätta", "Ta fram"},
          {"Revidera", "Se över"},   {"Införa", "Inrätta"},
          {"samtliga", "alla"},      {"Följa upp", "Följa upp"},
          {"Komplettera", "Utöka"},  {"Dokumentera", "Skriftligt dokumentera"},
          {"Utse", "Besluta om"},    {"rutiner", "rutiner"}};
      for (const auto& [from, to] : synonyms)
        if (const size_t p = t.find(from); p != std::string::npos) t.replace(p, from.size(), to);
      return t + ".";
    }
    case 3: {
      std::istringstream in(t);
      std::vector<std::string> w;
      for (std::string x; in >> x;) w.push_back(x);
      const size_t keep = std::max<size_t>(5, w.size() * 3 / 4);
      std::string out;
      for (size_t i = 0; i < w.size() && i < keep; ++i) out += (i ? " " : "") + w[i];
      while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
      return out + (keep < w.size() ? " …" : ".");
    }
    default:
      return text;
  }
}

ReportSpec make_followup(std::mt19937& rng, const std::string& stem, const ReportSpec& original,
                         Style style, int years, int wording) {
  ReportSpec r = make_report(rng, 0, style);
  same_organisation(r, original);
  r.stem = stem;
  set_date(r, rng, original.year + years);
  std::vector<std::string> firms;
  for (const char* f : {"KPMG", "PwC", "EY", "Deloitte", "BDO", "Grant Thornton"})
    if (f != original.firm) firms.push_back(f);
  r.firm = pick(rng, firms);
  r.topic = original.topic;
  r.title = "Uppföljande granskning av " + original.topic;
  r.earlier_year = original.year;
  r.earlier_title = "granskning av " + original.topic;
  r.followups.clear();
  r.recommendations.clear();
  for (size_t i = 0; i < original.recommendations.size(); ++i) {
    const std::string st = pick(rng, std::vector<std::string>{"ja", "delvis", "nej"});
    r.followups.push_back(
        {reword(original.recommendations[i], wording), st, static_cast<int>(i) + 1});
    if (st != "ja") r.recommendations.push_back(original.recommendations[i]);
  }
  if (r.recommendations.empty())
    r.recommendations.push_back("Fortsätta arbetet och rapportera resultatet till " + r.addressee +
                                " under nästa år.");
  int nej = 0, ja = 0;
  for (const auto& f : r.followups) {
    nej += f.status == "nej";
    ja += f.status == "ja";
  }
  const int n = static_cast<int>(r.followups.size());
  const std::string how = nej * 2 > n ? "inte" : ja * 2 > n ? "i allt väsentligt" : "delvis";
  r.questions = {
      {"Har " + r.addressee + " vidtagit åtgärder utifrån de rekommendationer som lämnades?",
       "",
       "",
       {},
       ""},
      {"Har vidtagna åtgärder följts upp?", "", "", {}, ""}};
  r.overall_assessment = "Vår samlade bedömning är att " + r.addressee + " " + how +
                         " har hörsammat de rekommendationer som lämnades i granskningen från " +
                         std::to_string(r.earlier_year) + ".";
  r.response_requests.clear();
  return r;
}

ReportSpec make_sibling(std::mt19937& rng, const std::string& stem, const ReportSpec& like,
                        Style style, int year) {
  // A missiv's due date belongs to its own year; keep the sibling simple.
  if (style == Style::CoverLetter) style = Style::VerdictTable;
  for (int attempt = 0;; ++attempt) {
    ReportSpec r = make_report(rng, 0, style);
    if (r.topic != like.topic && attempt < 50) continue;
    same_organisation(r, like);
    r.stem = stem;
    set_date(r, rng, year);
    return r;
  }
}

ReportSpec make_board_answer(std::mt19937& rng, const std::string& stem,
                             const ReportSpec& original) {
  ReportSpec r = original;
  r.style = Style::BoardAnswer;
  r.stem = stem;
  r.report_type = "svar på revisionsrapport";
  r.firm.clear();
  r.title = "Svar på revisionsrapport om " + original.topic;
  r.earlier_title = original.title;
  r.earlier_year = original.year;
  r.earlier_file = original.stem + ".pdf";
  // Answered some weeks after the report, on or before the due date.
  const std::string due = original.response_requests.empty()
                              ? original.date
                              : original.response_requests.front().due_iso;
  r.date = due.substr(0, 8) + "0" + std::to_string(std::uniform_int_distribution<int>(1, 9)(rng));
  r.year = std::stoi(r.date.substr(0, 4));
  r.questions.clear();
  r.followups.clear();
  r.response_requests.clear();
  r.footnotes.clear();
  r.overall_assessment.clear();
  r.signatories = {pick(rng, std::vector<std::string>{"Karin Nilsson", "Per Olsson"})};
  // An answer has no recommendations or addressee of its own: the letter
  // quotes the report's recommendations (kept in `background`) and signs for
  // the board (kept in `purpose`).
  r.background = r.recommendations;
  r.recommendations.clear();
  r.purpose = r.addressee;
  r.addressee.clear();
  return r;
}

}  // namespace gransk::samplegen
