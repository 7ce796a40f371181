// kg: actors, events and their relationships for Neo4j 5, made by `kg build`.
// Run with: cypher-shell -u neo4j -p PASSWORD -f import.cypher
// Every statement MERGEs on ids, so running the file again changes nothing.
CREATE CONSTRAINT kg_actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE POINT INDEX kg_actor_location IF NOT EXISTS FOR (n:Actor) ON (n.location);

UNWIND [
  {id: "https://w3id.org/kg-news/id/actor/afghanistan", label: "Afghanistan", kind: "country", subtype: "country", aliases: ["Afghan"], geonames: 1149361, latitude: 33.86, longitude: 66.09, location: point({latitude: 33.86, longitude: 66.09}), country: "AFG", mention_count: 5, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/pakistan", label: "Pakistan", kind: "country", subtype: "country", geonames: 1168579, latitude: 29.97, longitude: 69.41, location: point({latitude: 29.97, longitude: 69.41}), country: "PAK", mention_count: 1, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/united-states", label: "United States", kind: "country", subtype: "country", aliases: ["US"], geonames: 6252001, latitude: 39.5, longitude: -99.06, location: point({latitude: 39.5, longitude: -99.06}), country: "USA", mention_count: 4, document_count: 1}
] AS row
MERGE (n:Actor {id: row.id})
SET n = row, n:`Country`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/actor/afghanistan-people", label: "Afghanistan (people)", kind: "group", aliases: ["Afghans"], country: "AFG", mention_count: 1, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/military-age-men-000-110aead6b026076a-txt", label: "military age men", kind: "group", subtype: "unnamed", mention_count: 1, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/people-000-110aead6b026076a-txt", label: "people", kind: "group", subtype: "unnamed", mention_count: 1, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/people-000-110aead6b026076a-txt-2494", label: "people", kind: "group", subtype: "unnamed", mention_count: 1, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/residents-000-110aead6b026076a-txt", label: "residents", kind: "group", subtype: "unnamed", aliases: ["2,50,000 residents"], mention_count: 1, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/troops-united-states", label: "troops (United States)", kind: "group", subtype: "military", aliases: ["troops"], country: "USA", mention_count: 2, document_count: 1}
] AS row
MERGE (n:Actor {id: row.id})
SET n = row, n:`Group`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/actor/inter-services-intelligence", label: "Inter-Services Intelligence", kind: "organisation", subtype: "intelligence", aliases: ["ISI", "Pakistan ISI"], country: "PAK", mention_count: 2, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/international-red-cross-and-red-crescent-movement", label: "International Red Cross and Red Crescent Movement", kind: "organisation", subtype: "ngo", aliases: ["Red Crescent", "Red Cross"], mention_count: 2, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", label: "National Resistance Front of Afghanistan", kind: "organisation", subtype: "armed_group", aliases: ["NRFA", "National Resistance Front", "Northern Resistance", "Resistance Force"], country: "AFG", mention_count: 9, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/pakistan-air-force", label: "Pakistan Air Force", kind: "organisation", subtype: "military", aliases: ["Pakistan air force"], country: "PAK", mention_count: 1, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/taliban", label: "Taliban", kind: "organisation", subtype: "armed_group", wikidata: "Q42954", country: "AFG", mention_count: 14, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/twitter", label: "Twitter", kind: "organisation", subtype: "media", wikidata: "Q918", country: "USA", mention_count: 1, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/united-nations", label: "United Nations", kind: "organisation", subtype: "igo", wikidata: "Q1065", mention_count: 1, document_count: 1}
] AS row
MERGE (n:Actor {id: row.id})
SET n = row, n:`Organisation`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/actor/abdul-ghani-baradar", label: "Abdul Ghani Baradar", kind: "person", subtype: "militant_leader", titles: ["Mullah"], country: "AFG", mention_count: 1, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/abdul-wudod-zara", label: "Abdul Wudod Zara", kind: "person", mention_count: 1, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/ahmad-massoud", label: "Ahmad Massoud", kind: "person", subtype: "militant_leader", aliases: ["Massoud"], country: "AFG", mention_count: 4, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/ahmad-shah-massoud", label: "Ahmad Shah Massoud", kind: "person", subtype: "militant_leader", country: "AFG", mention_count: 1, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/amrullah-saleh", label: "Amrullah Saleh", kind: "person", subtype: "politician", aliases: ["Saleh"], country: "AFG", mention_count: 4, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/fahim-dashty", label: "Fahim Dashty", kind: "person", subtype: "spokesperson", aliases: ["Dashty"], country: "AFG", mention_count: 2, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/faiz-hameed", label: "Faiz Hameed", kind: "person", subtype: "military_officer", aliases: ["Faiz Hamid"], titles: ["Gen"], country: "PAK", mention_count: 1, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/mohammad-yaqoob", label: "Mohammad Yaqoob", kind: "person", subtype: "militant_leader", aliases: ["Yakub"], titles: ["Mullah"], country: "AFG", mention_count: 1, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/mohammed-omar", label: "Mohammed Omar", kind: "person", subtype: "militant_leader", aliases: ["Mohammad Omar"], titles: ["Mullah"], country: "AFG", mention_count: 1, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/sher-mohammad-abbas-stanekzai", label: "Sher Mohammad Abbas Stanekzai", kind: "person", subtype: "militant_leader", aliases: ["Abbas Stanekzai"], country: "AFG", mention_count: 1, document_count: 1}
] AS row
MERGE (n:Actor {id: row.id})
SET n = row, n:`Person`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/actor/andarab", label: "Andarab", kind: "place", subtype: "district", country: "AFG", mention_count: 2, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/herat", label: "Herat", kind: "place", subtype: "city", geonames: 1140026, latitude: 34.34817, longitude: 62.19967, location: point({latitude: 34.34817, longitude: 62.19967}), country: "AFG", mention_count: 1, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/jalalabad", label: "Jalalabad", kind: "place", subtype: "city", geonames: 1139715, latitude: 34.42647, longitude: 70.45153, location: point({latitude: 34.42647, longitude: 70.45153}), country: "AFG", mention_count: 1, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/kabul", label: "Kabul", kind: "place", subtype: "city", geonames: 1138958, latitude: 34.52813, longitude: 69.17233, location: point({latitude: 34.52813, longitude: 69.17233}), country: "AFG", mention_count: 4, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/kandahar", label: "Kandahar", kind: "place", subtype: "city", geonames: 1138336, latitude: 31.61332, longitude: 65.71013, location: point({latitude: 31.61332, longitude: 65.71013}), country: "AFG", mention_count: 1, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/lashkar-gah", label: "Lashkar Gah", kind: "place", subtype: "city", geonames: 1134720, latitude: 31.59382, longitude: 64.37161, location: point({latitude: 31.59382, longitude: 64.37161}), country: "AFG", mention_count: 1, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/mazar-e-sharif", label: "Mazar-e-Sharif", kind: "place", subtype: "city", geonames: 1133616, latitude: 36.70904, longitude: 67.11087, location: point({latitude: 36.70904, longitude: 67.11087}), country: "AFG", mention_count: 1, document_count: 1},
  {id: "https://w3id.org/kg-news/id/actor/panjshir", label: "Panjshir", kind: "place", subtype: "province", aliases: ["Panjshir province"], geonames: 6957555, country: "AFG", mention_count: 10, document_count: 1}
] AS row
MERGE (n:Actor {id: row.id})
SET n = row, n:`Place`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/event/914c0b6aab4a1b44", label: "National Resistance Front of Afghanistan war", type: "AGREE", mode: "retreat-ceasefire", modality: "claimed", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "war", trigger_start: 1202, trigger_end: 1205, sentence: "\"The National Resistance Front is ready to immediately end the war in order to achieve lasting peace, if the Taliban end their military operations in Panjshir and Andarab, and hopes to hold a comprehensive meeting with scholars and reformers to continue conversations,\" Massoud asserted.", document_id: "000_110aead6b026076a.txt", mention_count: 1}
] AS row
MERGE (n:Event {id: row.id})
SET n = row, n:`Agree`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/event/3bbec0baae06b52a", label: "Pakistan Air Force, Inter-Services Intelligence air support Taliban", type: "AID", mode: "military", modality: "claimed", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "relative", trigger: "air support", trigger_start: 186, trigger_end: 197, sentence: "As Taliban intensifies its attack on Panjshir, National Resistance Front of Afghanistan (NRFA) leader Ahmad Massoud on Monday, revealed that the terror group is getting air support from the Pakistan air force and ISI.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/ad7bb077972f0943", label: "Pakistan aided Taliban", type: "AID", modality: "claimed", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "aided", trigger_start: 336, trigger_end: 341, sentence: "Taking to Twitter, Massoud claimed that the Taliban was not strong enough to attack Panjshir and was aided by Pakistan via drones, helicopters led allegedly Lt. Gen Faiz Hamid from Kabul.", document_id: "000_110aead6b026076a.txt", instruments: ["drones"], mention_count: 1}
] AS row
MERGE (n:Event {id: row.id})
SET n = row, n:`Aid`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/event/36184efdcf996c00", label: "killed Fahim Dashty", type: "ASSAULT", mode: "killing", modality: "asserted", date: date("2021-09-05"), date_start: date("2021-09-05"), date_end: date("2021-09-05"), date_basis: "relative", trigger: "killed", trigger_start: 609, trigger_end: 615, sentence: "On Sunday night, NRFA spokesperson Fahim Dashty was killed in the Panjshir province during a face-off with the Taliban.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/52942499042d73fa", label: "Taliban attack Panjshir", type: "ASSAULT", modality: "asserted", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "relative", trigger: "attack", trigger_start: 44, trigger_end: 50, sentence: "As Taliban intensifies its attack on Panjshir, National Resistance Front of Afghanistan (NRFA) leader Ahmad Massoud on Monday, revealed that the terror group is getting air support from the Pakistan air force and ISI.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/5e73cc40c9aa7f85", label: "face-off Taliban", type: "ASSAULT", modality: "asserted", date: date("2021-09-05"), date_start: date("2021-09-05"), date_end: date("2021-09-05"), date_basis: "relative", trigger: "face-off", trigger_start: 650, trigger_end: 658, sentence: "On Sunday night, NRFA spokesperson Fahim Dashty was killed in the Panjshir province during a face-off with the Taliban.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/aa2a00e59f1162fa", label: "genocide", type: "ASSAULT", mode: "massacre", modality: "conditional", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "genocide", trigger_start: 2045, trigger_end: 2053, sentence: "Estimating 2,50,000 residents stuck in Panjshir including people who migrated to the Valley after the fall of Kabul, Saleh said that genocide, mass starvation may occur if the United Nations, Red Cross, Red Crescent and other NGOs does not rapidly respond to the overwhelming humanitarian crisis.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/b75e9a873aa612ac", label: "attacked Amrullah Saleh", type: "ASSAULT", modality: "alleged", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "attacked", trigger_start: 909, trigger_end: 917, sentence: "Meanwhile, Afghan's 'caretaker' President Amrullah Saleh has been moved to a safe place after a helicopter reportedly attacked his house.", document_id: "000_110aead6b026076a.txt", instruments: ["helicopter"], mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/eaec606990650568", label: "killed Abdul Wudod Zara", type: "ASSAULT", mode: "killing", modality: "asserted", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "killed", trigger_start: 761, trigger_end: 767, sentence: "Along with Dashty, General Abdul Wudod Zara - Ahmad Shah Massoud's nephew - too was killed in action in Panjshir.", document_id: "000_110aead6b026076a.txt", mention_count: 1}
] AS row
MERGE (n:Event {id: row.id})
SET n = row, n:`Assault`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/event/0b89ff388f5bb052", label: "fell Kandahar, Herat, Mazar-e-Sharif, Jalalabad, Lashkar Gah", type: "COERCE", mode: "capture", modality: "asserted", date: date("2021-08-15"), date_start: date("2021-08-15"), date_end: date("2021-08-15"), date_basis: "explicit", trigger: "fell", trigger_start: 2352, trigger_end: 2356, sentence: "The Taliban took over Kabul on August 15 after major cities like Kandahar, Herat, Mazar-e-Sharif, Jalalabad and Lashkar Gah fell without resistance as US troops retreat after 20 years from war-torn Afghanistan.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/2a2034cdbd83370a", label: "forcing military age men", type: "COERCE", modality: "claimed", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "forcing", trigger_start: 1780, trigger_end: 1787, sentence: "Saleh added that the Taliban is doing racial profiling and forcing 'military age men' of Panjshir to walk on minefields, apart from blocking phone lines, electricity and access to medicines.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/345a3a3f5213ace1", label: "Taliban capture Panjshir", type: "COERCE", mode: "capture", modality: "claimed", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "capture", trigger_start: 1492, trigger_end: 1499, sentence: "While Taliban has claimed capture of Panjshir, the Northern Resistance's leader Amrullah Saleh confirmed that he is still in Panjshir saying, \"The Resistance is continuing and will continue.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/4dc06cc50b80f4c9", label: "Taliban profiling", type: "COERCE", mode: "restrict", modality: "claimed", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "profiling", trigger_start: 1766, trigger_end: 1775, sentence: "Saleh added that the Taliban is doing racial profiling and forcing 'military age men' of Panjshir to walk on minefields, apart from blocking phone lines, electricity and access to medicines.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/7519638115bd998e", label: "Taliban took over Kabul", type: "COERCE", mode: "capture", modality: "asserted", date: date("2021-08-15"), date_start: date("2021-08-15"), date_end: date("2021-08-15"), date_basis: "explicit", trigger: "took over", trigger_start: 2240, trigger_end: 2249, sentence: "The Taliban took over Kabul on August 15 after major cities like Kandahar, Herat, Mazar-e-Sharif, Jalalabad and Lashkar Gah fell without resistance as US troops retreat after 20 years from war-torn Afghanistan.", document_id: "000_110aead6b026076a.txt", mention_count: 2}
] AS row
MERGE (n:Event {id: row.id})
SET n = row, n:`Coerce`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/event/088055ec97c86f7c", label: "Taliban talks", type: "CONSULT", mode: "negotiation", modality: "asserted", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "talks", trigger_start: 2664, trigger_end: 2669, sentence: "The Taliban has finalised its talks for 'peaceful transition' as Taliban co-founder Mullah Abdul Ghani Baradar gears up to lead the new government with Mullah Mohammad Omar's son Mullah Yakub and Abbas Stanekzai pipped to be in his cabinet.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/987795ee5e284280", label: "National Resistance Front of Afghanistan peace talks", type: "CONSULT", mode: "negotiation", modality: "conditional", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "peace talks", trigger_start: 1126, trigger_end: 1137, sentence: "Meanwhile, NRFA leader Ahmad Massoud has said that if the Taliban withdrew their fighters from Panjshir and Andarab, as was requested by the Afghan ulemas, the Resistance Force would be ready for peace talks.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/d60d5aa6f0f5716b", label: "meeting", type: "CONSULT", mode: "meet", modality: "conditional", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "meeting", trigger_start: 1345, trigger_end: 1352, sentence: "\"The National Resistance Front is ready to immediately end the war in order to achieve lasting peace, if the Taliban end their military operations in Panjshir and Andarab, and hopes to hold a comprehensive meeting with scholars and reformers to continue conversations,\" Massoud asserted.", document_id: "000_110aead6b026076a.txt", mention_count: 1}
] AS row
MERGE (n:Event {id: row.id})
SET n = row, n:`Consult`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/event/5170188bc208a681", label: "Taliban government formation", type: "COOPERATE", mode: "government-formation", modality: "asserted", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "government formation", trigger_start: 493, trigger_end: 513, sentence: "The Pakistan ISI chief is currently in Afghanistan to oversee the new government formation led by the Taliban.", document_id: "000_110aead6b026076a.txt", mention_count: 1}
] AS row
MERGE (n:Event {id: row.id})
SET n = row, n:`Cooperate`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/event/af2fd25d589e30f9", label: "Afghanistan requested Taliban", type: "DEMAND", modality: "claimed", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "requested", trigger_start: 1054, trigger_end: 1063, sentence: "Meanwhile, NRFA leader Ahmad Massoud has said that if the Taliban withdrew their fighters from Panjshir and Andarab, as was requested by the Afghan ulemas, the Resistance Force would be ready for peace talks.", document_id: "000_110aead6b026076a.txt", mention_count: 1}
] AS row
MERGE (n:Event {id: row.id})
SET n = row, n:`Demand`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/event/f582d92296bf4f22", label: "Ahmad Massoud claimed Pakistan", type: "DISAPPROVE", mode: "allege", modality: "asserted", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "claimed", trigger_start: 262, trigger_end: 269, sentence: "Taking to Twitter, Massoud claimed that the Taliban was not strong enough to attack Panjshir and was aided by Pakistan via drones, helicopters led allegedly Lt. Gen Faiz Hamid from Kabul.", document_id: "000_110aead6b026076a.txt", mention_count: 1}
] AS row
MERGE (n:Event {id: row.id})
SET n = row, n:`Disapprove`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/event/9b1f5285b8ff0aee", label: "people migrated", type: "MOVE", modality: "asserted", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "migrated", trigger_start: 1981, trigger_end: 1989, sentence: "Estimating 2,50,000 residents stuck in Panjshir including people who migrated to the Valley after the fall of Kabul, Saleh said that genocide, mass starvation may occur if the United Nations, Red Cross, Red Crescent and other NGOs does not rapidly respond to the overwhelming humanitarian crisis.", document_id: "000_110aead6b026076a.txt", mention_count: 1}
] AS row
MERGE (n:Event {id: row.id})
SET n = row, n:`Move`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/event/13dedd52eae1834e", label: "National Resistance Front of Afghanistan refutes Taliban", type: "REJECT", modality: "asserted", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "refutes", trigger_start: 1457, trigger_end: 1464, sentence: "Taliban claims victory, NRFA refutes", document_id: "000_110aead6b026076a.txt", mention_count: 1}
] AS row
MERGE (n:Event {id: row.id})
SET n = row, n:`Reject`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/event/02823721b176a1f9", label: "Taliban withdrew", type: "RETREAT", mode: "withdrawal", modality: "conditional", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "withdrew", trigger_start: 996, trigger_end: 1004, sentence: "Meanwhile, NRFA leader Ahmad Massoud has said that if the Taliban withdrew their fighters from Panjshir and Andarab, as was requested by the Afghan ulemas, the Resistance Force would be ready for peace talks.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/3e423526478cc1b4", label: "people flee", type: "RETREAT", mode: "flight", modality: "intended", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "flee", trigger_start: 2515, trigger_end: 2519, sentence: "The hasty withdrawal of the US troops saw thousands of people attempting to flee from Afghanistan with several clinging to a departing US plane's wheels, leading to them falling to their deaths.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/64f5939fe98bf9c9", label: "United States evacuating Afghanistan (people)", type: "RETREAT", mode: "evacuation", modality: "asserted", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "evacuating", trigger_start: 2896, trigger_end: 2906, sentence: "The US has completed evacuating over 130,000 Afghans from Kabul, retreating all its troops.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/79a63cecab6e43c9", label: "United States retreating", type: "RETREAT", mode: "withdrawal", modality: "asserted", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "retreating", trigger_start: 2940, trigger_end: 2950, sentence: "The US has completed evacuating over 130,000 Afghans from Kabul, retreating all its troops.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/f3bdd865f2563623", label: "Taliban military operations", type: "RETREAT", mode: "ceasefire", modality: "conditional", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "military operations", trigger_start: 1266, trigger_end: 1285, sentence: "\"The National Resistance Front is ready to immediately end the war in order to achieve lasting peace, if the Taliban end their military operations in Panjshir and Andarab, and hopes to hold a comprehensive meeting with scholars and reformers to continue conversations,\" Massoud asserted.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/f8c9c8e560f235cd", label: "troops (United States), United States retreat", type: "RETREAT", mode: "withdrawal", modality: "asserted", date: date("2021-08-15"), date_start: date("2021-08-15"), date_end: date("2021-08-15"), date_basis: "explicit", trigger: "retreat", trigger_start: 2389, trigger_end: 2396, sentence: "The Taliban took over Kabul on August 15 after major cities like Kandahar, Herat, Mazar-e-Sharif, Jalalabad and Lashkar Gah fell without resistance as US troops retreat after 20 years from war-torn Afghanistan.", document_id: "000_110aead6b026076a.txt", mention_count: 2}
] AS row
MERGE (n:Event {id: row.id})
SET n = row, n:`Retreat`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", document_id: "000_110aead6b026076a.txt", date: date("2021-09-06"), date_basis: "header", source_file: "seeds/000_110aead6b026076a.txt", length: 2968}
] AS row
MERGE (n:Document {id: row.id})
SET n = row;

UNWIND [
  {s: "https://w3id.org/kg-news/id/actor/afghanistan", e: "https://w3id.org/kg-news/id/event/af2fd25d589e30f9", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Afghan ulemas", mention_start: 1071, mention_end: 1084}},
  {s: "https://w3id.org/kg-news/id/actor/ahmad-massoud", e: "https://w3id.org/kg-news/id/event/f582d92296bf4f22", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Massoud", mention_start: 254, mention_end: 261}},
  {s: "https://w3id.org/kg-news/id/actor/inter-services-intelligence", e: "https://w3id.org/kg-news/id/event/3bbec0baae06b52a", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "ISI", mention_start: 230, mention_end: 233}},
  {s: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", e: "https://w3id.org/kg-news/id/event/13dedd52eae1834e", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "NRFA", mention_start: 1452, mention_end: 1456}},
  {s: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", e: "https://w3id.org/kg-news/id/event/914c0b6aab4a1b44", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "National Resistance Front", mention_start: 1144, mention_end: 1169}},
  {s: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", e: "https://w3id.org/kg-news/id/event/987795ee5e284280", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Resistance Force", mention_start: 1090, mention_end: 1106}},
  {s: "https://w3id.org/kg-news/id/actor/pakistan", e: "https://w3id.org/kg-news/id/event/ad7bb077972f0943", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Pakistan", mention_start: 345, mention_end: 353}},
  {s: "https://w3id.org/kg-news/id/actor/pakistan-air-force", e: "https://w3id.org/kg-news/id/event/3bbec0baae06b52a", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Pakistan air force", mention_start: 207, mention_end: 225}},
  {s: "https://w3id.org/kg-news/id/actor/people-000-110aead6b026076a-txt", e: "https://w3id.org/kg-news/id/event/9b1f5285b8ff0aee", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "who", mention_start: 1977, mention_end: 1980}},
  {s: "https://w3id.org/kg-news/id/actor/people-000-110aead6b026076a-txt-2494", e: "https://w3id.org/kg-news/id/event/3e423526478cc1b4", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "people", mention_start: 2494, mention_end: 2500}},
  {s: "https://w3id.org/kg-news/id/actor/taliban", e: "https://w3id.org/kg-news/id/event/02823721b176a1f9", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 988, mention_end: 995}},
  {s: "https://w3id.org/kg-news/id/actor/taliban", e: "https://w3id.org/kg-news/id/event/088055ec97c86f7c", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 2638, mention_end: 2645}},
  {s: "https://w3id.org/kg-news/id/actor/taliban", e: "https://w3id.org/kg-news/id/event/345a3a3f5213ace1", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 1472, mention_end: 1479}},
  {s: "https://w3id.org/kg-news/id/actor/taliban", e: "https://w3id.org/kg-news/id/event/4dc06cc50b80f4c9", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 1742, mention_end: 1749}},
  {s: "https://w3id.org/kg-news/id/actor/taliban", e: "https://w3id.org/kg-news/id/event/5170188bc208a681", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 525, mention_end: 532}},
  {s: "https://w3id.org/kg-news/id/actor/taliban", e: "https://w3id.org/kg-news/id/event/52942499042d73fa", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 20, mention_end: 27}},
  {s: "https://w3id.org/kg-news/id/actor/taliban", e: "https://w3id.org/kg-news/id/event/7519638115bd998e", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 2232, mention_end: 2239}},
  {s: "https://w3id.org/kg-news/id/actor/taliban", e: "https://w3id.org/kg-news/id/event/f3bdd865f2563623", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 1248, mention_end: 1255}},
  {s: "https://w3id.org/kg-news/id/actor/troops-united-states", e: "https://w3id.org/kg-news/id/event/f8c9c8e560f235cd", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "US troops", mention_start: 2379, mention_end: 2388}},
  {s: "https://w3id.org/kg-news/id/actor/united-states", e: "https://w3id.org/kg-news/id/event/64f5939fe98bf9c9", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "US", mention_start: 2879, mention_end: 2881}},
  {s: "https://w3id.org/kg-news/id/actor/united-states", e: "https://w3id.org/kg-news/id/event/79a63cecab6e43c9", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "US", mention_start: 2879, mention_end: 2881}},
  {s: "https://w3id.org/kg-news/id/actor/united-states", e: "https://w3id.org/kg-news/id/event/f8c9c8e560f235cd", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "US troops", mention_start: 2379, mention_end: 2388}}
] AS row
MATCH (a:Actor {id: row.s})
MATCH (b:Event {id: row.e})
MERGE (a)-[r:SOURCE]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/event/0b89ff388f5bb052", e: "https://w3id.org/kg-news/id/actor/herat", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Herat", mention_start: 2303, mention_end: 2308}},
  {s: "https://w3id.org/kg-news/id/event/0b89ff388f5bb052", e: "https://w3id.org/kg-news/id/actor/jalalabad", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Jalalabad", mention_start: 2326, mention_end: 2335}},
  {s: "https://w3id.org/kg-news/id/event/0b89ff388f5bb052", e: "https://w3id.org/kg-news/id/actor/kandahar", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Kandahar", mention_start: 2293, mention_end: 2301}},
  {s: "https://w3id.org/kg-news/id/event/0b89ff388f5bb052", e: "https://w3id.org/kg-news/id/actor/lashkar-gah", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Lashkar Gah", mention_start: 2340, mention_end: 2351}},
  {s: "https://w3id.org/kg-news/id/event/0b89ff388f5bb052", e: "https://w3id.org/kg-news/id/actor/mazar-e-sharif", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Mazar-e-Sharif", mention_start: 2310, mention_end: 2324}},
  {s: "https://w3id.org/kg-news/id/event/13dedd52eae1834e", e: "https://w3id.org/kg-news/id/actor/taliban", p: {role: "target", document_id: "000_110aead6b026076a.txt"}},
  {s: "https://w3id.org/kg-news/id/event/2a2034cdbd83370a", e: "https://w3id.org/kg-news/id/actor/military-age-men-000-110aead6b026076a-txt", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "'military age men", mention_start: 1788, mention_end: 1805}},
  {s: "https://w3id.org/kg-news/id/event/345a3a3f5213ace1", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Panjshir", mention_start: 1503, mention_end: 1511}},
  {s: "https://w3id.org/kg-news/id/event/36184efdcf996c00", e: "https://w3id.org/kg-news/id/actor/fahim-dashty", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Fahim Dashty", mention_start: 592, mention_end: 604}},
  {s: "https://w3id.org/kg-news/id/event/3bbec0baae06b52a", e: "https://w3id.org/kg-news/id/actor/taliban", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "terror group", mention_start: 162, mention_end: 174}},
  {s: "https://w3id.org/kg-news/id/event/52942499042d73fa", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Panjshir", mention_start: 54, mention_end: 62}},
  {s: "https://w3id.org/kg-news/id/event/5e73cc40c9aa7f85", e: "https://w3id.org/kg-news/id/actor/taliban", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 668, mention_end: 675}},
  {s: "https://w3id.org/kg-news/id/event/64f5939fe98bf9c9", e: "https://w3id.org/kg-news/id/actor/afghanistan-people", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Afghans", mention_start: 2920, mention_end: 2927}},
  {s: "https://w3id.org/kg-news/id/event/7519638115bd998e", e: "https://w3id.org/kg-news/id/actor/kabul", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Kabul", mention_start: 2250, mention_end: 2255}},
  {s: "https://w3id.org/kg-news/id/event/ad7bb077972f0943", e: "https://w3id.org/kg-news/id/actor/taliban", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 279, mention_end: 286}},
  {s: "https://w3id.org/kg-news/id/event/af2fd25d589e30f9", e: "https://w3id.org/kg-news/id/actor/taliban", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 988, mention_end: 995}},
  {s: "https://w3id.org/kg-news/id/event/b75e9a873aa612ac", e: "https://w3id.org/kg-news/id/actor/amrullah-saleh", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "his", mention_start: 918, mention_end: 921}},
  {s: "https://w3id.org/kg-news/id/event/eaec606990650568", e: "https://w3id.org/kg-news/id/actor/abdul-wudod-zara", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Abdul Wudod Zara", mention_start: 704, mention_end: 720}},
  {s: "https://w3id.org/kg-news/id/event/f582d92296bf4f22", e: "https://w3id.org/kg-news/id/actor/pakistan", p: {role: "target", document_id: "000_110aead6b026076a.txt"}}
] AS row
MATCH (a:Event {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:TARGET]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/event/02823721b176a1f9", e: "https://w3id.org/kg-news/id/actor/andarab", p: {role: "location", document_id: "000_110aead6b026076a.txt", mention: "Andarab", mention_start: 1038, mention_end: 1045}},
  {s: "https://w3id.org/kg-news/id/event/02823721b176a1f9", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {role: "location", document_id: "000_110aead6b026076a.txt", mention: "Panjshir", mention_start: 1025, mention_end: 1033}},
  {s: "https://w3id.org/kg-news/id/event/36184efdcf996c00", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {role: "location", document_id: "000_110aead6b026076a.txt", mention: "Panjshir province", mention_start: 623, mention_end: 640}},
  {s: "https://w3id.org/kg-news/id/event/3e423526478cc1b4", e: "https://w3id.org/kg-news/id/actor/afghanistan", p: {role: "location", document_id: "000_110aead6b026076a.txt", mention: "Afghanistan", mention_start: 2525, mention_end: 2536}},
  {s: "https://w3id.org/kg-news/id/event/64f5939fe98bf9c9", e: "https://w3id.org/kg-news/id/actor/kabul", p: {role: "location", document_id: "000_110aead6b026076a.txt", mention: "Kabul", mention_start: 2933, mention_end: 2938}},
  {s: "https://w3id.org/kg-news/id/event/eaec606990650568", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {role: "location", document_id: "000_110aead6b026076a.txt", mention: "Panjshir", mention_start: 781, mention_end: 789}},
  {s: "https://w3id.org/kg-news/id/event/f3bdd865f2563623", e: "https://w3id.org/kg-news/id/actor/andarab", p: {role: "location", document_id: "000_110aead6b026076a.txt", mention: "Andarab", mention_start: 1302, mention_end: 1309}},
  {s: "https://w3id.org/kg-news/id/event/f3bdd865f2563623", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {role: "location", document_id: "000_110aead6b026076a.txt", mention: "Panjshir", mention_start: 1289, mention_end: 1297}}
] AS row
MATCH (a:Event {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:LOCATION]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/event/02823721b176a1f9", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Ahmad Massoud", mention_start: 953, mention_end: 966}},
  {s: "https://w3id.org/kg-news/id/event/2a2034cdbd83370a", e: "https://w3id.org/kg-news/id/actor/amrullah-saleh", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Saleh", mention_start: 1721, mention_end: 1726}},
  {s: "https://w3id.org/kg-news/id/event/345a3a3f5213ace1", e: "https://w3id.org/kg-news/id/actor/taliban", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 1472, mention_end: 1479}},
  {s: "https://w3id.org/kg-news/id/event/3bbec0baae06b52a", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Ahmad Massoud", mention_start: 119, mention_end: 132}},
  {s: "https://w3id.org/kg-news/id/event/4dc06cc50b80f4c9", e: "https://w3id.org/kg-news/id/actor/amrullah-saleh", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Saleh", mention_start: 1721, mention_end: 1726}},
  {s: "https://w3id.org/kg-news/id/event/914c0b6aab4a1b44", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Massoud", mention_start: 1409, mention_end: 1416}},
  {s: "https://w3id.org/kg-news/id/event/987795ee5e284280", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Ahmad Massoud", mention_start: 953, mention_end: 966}},
  {s: "https://w3id.org/kg-news/id/event/aa2a00e59f1162fa", e: "https://w3id.org/kg-news/id/actor/amrullah-saleh", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Saleh", mention_start: 2029, mention_end: 2034}},
  {s: "https://w3id.org/kg-news/id/event/ad7bb077972f0943", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Massoud", mention_start: 254, mention_end: 261}},
  {s: "https://w3id.org/kg-news/id/event/af2fd25d589e30f9", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Ahmad Massoud", mention_start: 953, mention_end: 966}}
] AS row
MATCH (a:Event {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:CLAIMED_BY]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/event/345a3a3f5213ace1", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {role: "disputed_by", document_id: "000_110aead6b026076a.txt", mention: "NRFA", mention_start: 1452, mention_end: 1456}}
] AS row
MATCH (a:Event {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:DISPUTED_BY]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/actor/mohammad-yaqoob", e: "https://w3id.org/kg-news/id/actor/mohammed-omar", p: {document_id: "000_110aead6b026076a.txt", evidence: "Mohammad Omar's son Mullah Yakub", evidence_start: 2793, evidence_end: 2825}}
] AS row
MATCH (a:Actor {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:CHILD_OF {document_id: row.p.document_id, evidence_start: row.p.evidence_start}]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/actor/abdul-ghani-baradar", e: "https://w3id.org/kg-news/id/actor/taliban", p: {document_id: "000_110aead6b026076a.txt", evidence: "Taliban co-founder Mullah Abdul Ghani Baradar", evidence_start: 2699, evidence_end: 2744}}
] AS row
MATCH (a:Actor {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:CO_FOUNDER_OF {document_id: row.p.document_id, evidence_start: row.p.evidence_start}]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/actor/ahmad-massoud", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {document_id: "000_110aead6b026076a.txt", evidence: "NRFA leader Ahmad Massoud", evidence_start: 941, evidence_end: 966}},
  {s: "https://w3id.org/kg-news/id/actor/amrullah-saleh", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {document_id: "000_110aead6b026076a.txt", evidence: "Northern Resistance's leader Amrullah Saleh", evidence_start: 1517, evidence_end: 1560}}
] AS row
MATCH (a:Actor {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:LEADER_OF {document_id: row.p.document_id, evidence_start: row.p.evidence_start}]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/actor/abdul-wudod-zara", e: "https://w3id.org/kg-news/id/actor/ahmad-shah-massoud", p: {document_id: "000_110aead6b026076a.txt", evidence: "Abdul Wudod Zara - Ahmad Shah Massoud", evidence_start: 704, evidence_end: 741}}
] AS row
MATCH (a:Actor {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:RELATIVE_OF {document_id: row.p.document_id, evidence_start: row.p.evidence_start}]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/actor/fahim-dashty", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {document_id: "000_110aead6b026076a.txt", evidence: "NRFA spokesperson Fahim Dashty", evidence_start: 574, evidence_end: 604}}
] AS row
MATCH (a:Actor {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:SPOKESPERSON_OF {document_id: row.p.document_id, evidence_start: row.p.evidence_start}]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/event/13dedd52eae1834e", e: "https://w3id.org/kg-news/id/event/345a3a3f5213ace1", p: {}},
  {s: "https://w3id.org/kg-news/id/event/f582d92296bf4f22", e: "https://w3id.org/kg-news/id/event/ad7bb077972f0943", p: {}}
] AS row
MATCH (a:Event {id: row.s})
MATCH (b:Event {id: row.e})
MERGE (a)-[r:ABOUT]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/02823721b176a1f9", p: {trigger: "withdrew", trigger_start: 996, trigger_end: 1004}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/088055ec97c86f7c", p: {trigger: "talks", trigger_start: 2664, trigger_end: 2669}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/0b89ff388f5bb052", p: {trigger: "fell", trigger_start: 2352, trigger_end: 2356}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/13dedd52eae1834e", p: {trigger: "refutes", trigger_start: 1457, trigger_end: 1464}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/2a2034cdbd83370a", p: {trigger: "forcing", trigger_start: 1780, trigger_end: 1787}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/345a3a3f5213ace1", p: {trigger: "capture", trigger_start: 1492, trigger_end: 1499}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/36184efdcf996c00", p: {trigger: "killed", trigger_start: 609, trigger_end: 615}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/3bbec0baae06b52a", p: {trigger: "air support", trigger_start: 186, trigger_end: 197}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/3e423526478cc1b4", p: {trigger: "flee", trigger_start: 2515, trigger_end: 2519}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/4dc06cc50b80f4c9", p: {trigger: "profiling", trigger_start: 1766, trigger_end: 1775}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/5170188bc208a681", p: {trigger: "government formation", trigger_start: 493, trigger_end: 513}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/52942499042d73fa", p: {trigger: "attack", trigger_start: 44, trigger_end: 50}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/5e73cc40c9aa7f85", p: {trigger: "face-off", trigger_start: 650, trigger_end: 658}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/64f5939fe98bf9c9", p: {trigger: "evacuating", trigger_start: 2896, trigger_end: 2906}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/7519638115bd998e", p: {trigger: "fall", trigger_start: 2014, trigger_end: 2018}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/79a63cecab6e43c9", p: {trigger: "retreating", trigger_start: 2940, trigger_end: 2950}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/914c0b6aab4a1b44", p: {trigger: "war", trigger_start: 1202, trigger_end: 1205}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/987795ee5e284280", p: {trigger: "peace talks", trigger_start: 1126, trigger_end: 1137}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/9b1f5285b8ff0aee", p: {trigger: "migrated", trigger_start: 1981, trigger_end: 1989}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/aa2a00e59f1162fa", p: {trigger: "genocide", trigger_start: 2045, trigger_end: 2053}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/ad7bb077972f0943", p: {trigger: "aided", trigger_start: 336, trigger_end: 341}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/af2fd25d589e30f9", p: {trigger: "requested", trigger_start: 1054, trigger_end: 1063}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/b75e9a873aa612ac", p: {trigger: "attacked", trigger_start: 909, trigger_end: 917}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/d60d5aa6f0f5716b", p: {trigger: "meeting", trigger_start: 1345, trigger_end: 1352}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/eaec606990650568", p: {trigger: "killed", trigger_start: 761, trigger_end: 767}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/f3bdd865f2563623", p: {trigger: "military operations", trigger_start: 1266, trigger_end: 1285}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/f582d92296bf4f22", p: {trigger: "claimed", trigger_start: 262, trigger_end: 269}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/f8c9c8e560f235cd", p: {trigger: "retreat", trigger_start: 2389, trigger_end: 2396}}
] AS row
MATCH (a:Document {id: row.s})
MATCH (b:Event {id: row.e})
MERGE (a)-[r:REPORTS]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/abdul-ghani-baradar", p: {mention: "Abdul Ghani Baradar", mention_start: 2725, mention_end: 2744, sentence: 17, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/abdul-wudod-zara", p: {mention: "Abdul Wudod Zara", mention_start: 704, mention_end: 720, sentence: 5, ner_label: "PERSON"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/afghanistan", p: {mention: "Afghanistan", mention_start: 462, mention_end: 473, sentence: 2, ner_label: "GPE"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/afghanistan", p: {mention: "Afghan", mention_start: 802, mention_end: 808, sentence: 6, ner_label: "NORP"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/afghanistan", p: {mention: "Afghan", mention_start: 1071, mention_end: 1077, sentence: 7, ner_label: "NORP"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/afghanistan", p: {mention: "Afghanistan", mention_start: 2426, mention_end: 2437, sentence: 15, ner_label: "GPE"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/afghanistan", p: {mention: "Afghanistan", mention_start: 2525, mention_end: 2536, sentence: 16, ner_label: "GPE"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/afghanistan-people", p: {mention: "Afghans", mention_start: 2920, mention_end: 2927, sentence: 18, ner_label: "NORP"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {mention: "Ahmad Massoud", mention_start: 119, mention_end: 132, sentence: 0, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {mention: "Massoud", mention_start: 254, mention_end: 261, sentence: 1, ner_label: "PERSON"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {mention: "Ahmad Massoud", mention_start: 953, mention_end: 966, sentence: 7, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {mention: "Massoud", mention_start: 1409, mention_end: 1416, sentence: 8, ner_label: "PERSON"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/ahmad-shah-massoud", p: {mention: "Ahmad Shah Massoud", mention_start: 723, mention_end: 741, sentence: 5, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/amrullah-saleh", p: {mention: "Amrullah Saleh", mention_start: 833, mention_end: 847, sentence: 6, ner_label: "PERSON"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/amrullah-saleh", p: {mention: "Amrullah Saleh", mention_start: 1546, mention_end: 1560, sentence: 10, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/amrullah-saleh", p: {mention: "Saleh", mention_start: 1721, mention_end: 1726, sentence: 12, ner_label: "PERSON"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/amrullah-saleh", p: {mention: "Saleh", mention_start: 2029, mention_end: 2034, sentence: 13, ner_label: "PERSON"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/andarab", p: {mention: "Andarab", mention_start: 1038, mention_end: 1045, sentence: 7, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/andarab", p: {mention: "Andarab", mention_start: 1302, mention_end: 1309, sentence: 8, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/fahim-dashty", p: {mention: "Fahim Dashty", mention_start: 592, mention_end: 604, sentence: 4, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/fahim-dashty", p: {mention: "Dashty", mention_start: 688, mention_end: 694, sentence: 5, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/faiz-hameed", p: {mention: "Faiz Hamid", mention_start: 400, mention_end: 410, sentence: 1, ner_label: "PERSON"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/herat", p: {mention: "Herat", mention_start: 2303, mention_end: 2308, sentence: 15, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/inter-services-intelligence", p: {mention: "ISI", mention_start: 230, mention_end: 233, sentence: 0, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/inter-services-intelligence", p: {mention: "Pakistan ISI", mention_start: 427, mention_end: 439, sentence: 2, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/international-red-cross-and-red-crescent-movement", p: {mention: "Red Cross", mention_start: 2104, mention_end: 2113, sentence: 13, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/international-red-cross-and-red-crescent-movement", p: {mention: "Red Crescent", mention_start: 2115, mention_end: 2127, sentence: 13, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/jalalabad", p: {mention: "Jalalabad", mention_start: 2326, mention_end: 2335, sentence: 15, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/kabul", p: {mention: "Kabul", mention_start: 416, mention_end: 421, sentence: 1, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/kabul", p: {mention: "Kabul", mention_start: 2022, mention_end: 2027, sentence: 13, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/kabul", p: {mention: "Kabul", mention_start: 2250, mention_end: 2255, sentence: 15, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/kabul", p: {mention: "Kabul", mention_start: 2933, mention_end: 2938, sentence: 18, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/kandahar", p: {mention: "Kandahar", mention_start: 2293, mention_end: 2301, sentence: 15, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/lashkar-gah", p: {mention: "Lashkar Gah", mention_start: 2340, mention_end: 2351, sentence: 15, ner_label: "PERSON"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/mazar-e-sharif", p: {mention: "Mazar-e-Sharif", mention_start: 2310, mention_end: 2324, sentence: 15, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/military-age-men-000-110aead6b026076a-txt", p: {mention: "military age men", mention_start: 1789, mention_end: 1805, sentence: 12, ner_label: "PARTICIPANT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/mohammad-yaqoob", p: {mention: "Yakub", mention_start: 2820, mention_end: 2825, sentence: 17, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/mohammed-omar", p: {mention: "Mohammad Omar", mention_start: 2793, mention_end: 2806, sentence: 17, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {mention: "National Resistance Front of Afghanistan", mention_start: 64, mention_end: 104, sentence: 0, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {mention: "NRFA", mention_start: 106, mention_end: 110, sentence: 0, ner_label: "ACRONYM"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {mention: "NRFA", mention_start: 535, mention_end: 539, sentence: 3, ner_label: "ACRONYM"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {mention: "NRFA", mention_start: 574, mention_end: 578, sentence: 4, ner_label: "ACRONYM"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {mention: "NRFA", mention_start: 941, mention_end: 945, sentence: 7, ner_label: "ACRONYM"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {mention: "Resistance Force", mention_start: 1090, mention_end: 1106, sentence: 7, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {mention: "National Resistance Front", mention_start: 1144, mention_end: 1169, sentence: 8, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {mention: "NRFA", mention_start: 1452, mention_end: 1456, sentence: 9, ner_label: "ACRONYM"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {mention: "Northern Resistance", mention_start: 1517, mention_end: 1536, sentence: 10, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/pakistan", p: {mention: "Pakistan", mention_start: 345, mention_end: 353, sentence: 1, ner_label: "GPE"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/pakistan-air-force", p: {mention: "Pakistan air force", mention_start: 207, mention_end: 225, sentence: 0, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir", mention_start: 54, mention_end: 62, sentence: 0, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir", mention_start: 319, mention_end: 327, sentence: 1, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir province", mention_start: 623, mention_end: 640, sentence: 4, ner_label: "LOC"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir", mention_start: 781, mention_end: 789, sentence: 5, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir", mention_start: 1025, mention_end: 1033, sentence: 7, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir", mention_start: 1289, mention_end: 1297, sentence: 8, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir", mention_start: 1503, mention_end: 1511, sentence: 10, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir", mention_start: 1591, mention_end: 1599, sentence: 10, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir", mention_start: 1810, mention_end: 1818, sentence: 12, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir", mention_start: 1951, mention_end: 1959, sentence: 13, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/people-000-110aead6b026076a-txt", p: {mention: "people", mention_start: 1970, mention_end: 1976, sentence: 13, ner_label: "PARTICIPANT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/people-000-110aead6b026076a-txt-2494", p: {mention: "people", mention_start: 2494, mention_end: 2500, sentence: 16, ner_label: "PARTICIPANT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/residents-000-110aead6b026076a-txt", p: {mention: "2,50,000 residents", mention_start: 1923, mention_end: 1941, sentence: 13, ner_label: "PARTICIPANT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/sher-mohammad-abbas-stanekzai", p: {mention: "Abbas Stanekzai", mention_start: 2830, mention_end: 2845, sentence: 17, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 20, mention_end: 27, sentence: 0, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "terror group", mention_start: 162, mention_end: 174, sentence: 0, ner_label: "NOMINAL"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 279, mention_end: 286, sentence: 1, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 525, mention_end: 532, sentence: 2, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 668, mention_end: 675, sentence: 4, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 988, mention_end: 995, sentence: 7, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 1248, mention_end: 1255, sentence: 8, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 1428, mention_end: 1435, sentence: 9, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 1472, mention_end: 1479, sentence: 10, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 1742, mention_end: 1749, sentence: 12, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 2210, mention_end: 2217, sentence: 14, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 2232, mention_end: 2239, sentence: 15, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 2638, mention_end: 2645, sentence: 17, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 2699, mention_end: 2706, sentence: 17, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/troops-united-states", p: {mention: "troops", mention_start: 2382, mention_end: 2388, sentence: 15, ner_label: "PARTICIPANT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/troops-united-states", p: {mention: "troops", mention_start: 2470, mention_end: 2476, sentence: 16, ner_label: "PARTICIPANT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/twitter", p: {mention: "Twitter", mention_start: 245, mention_end: 252, sentence: 1, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/united-nations", p: {mention: "United Nations", mention_start: 2088, mention_end: 2102, sentence: 13, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/united-states", p: {mention: "US", mention_start: 2379, mention_end: 2381, sentence: 15, ner_label: "GPE"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/united-states", p: {mention: "US", mention_start: 2467, mention_end: 2469, sentence: 16, ner_label: "GPE"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/united-states", p: {mention: "US", mention_start: 2574, mention_end: 2576, sentence: 16, ner_label: "GPE"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/united-states", p: {mention: "US", mention_start: 2879, mention_end: 2881, sentence: 18, ner_label: "GPE"}}
] AS row
MATCH (a:Document {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:MENTIONS {mention_start: row.p.mention_start}]->(b)
SET r = row.p;
