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
  {id: "https://w3id.org/kg-news/id/actor/people-000-110aead6b026076a-txt-2477", label: "people", kind: "group", subtype: "unnamed", mention_count: 1, document_count: 1},
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
  {id: "https://w3id.org/kg-news/id/event/3ff9238a181c95cc", label: "National Resistance Front of Afghanistan war", type: "AGREE", mode: "retreat-ceasefire", modality: "claimed", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "war", trigger_start: 1185, trigger_end: 1188, sentence: "\"The National Resistance Front is ready to immediately end the war in order to achieve lasting peace, if the Taliban end their military operations in Panjshir and Andarab, and hopes to hold a comprehensive meeting with scholars and reformers to continue conversations,\" Massoud asserted.", document_id: "000_110aead6b026076a.txt", mention_count: 1}
] AS row
MERGE (n:Event {id: row.id})
SET n = row, n:`Agree`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/event/1d375676a9ee3a0c", label: "Pakistan aided Taliban", type: "AID", modality: "claimed", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "aided", trigger_start: 319, trigger_end: 324, sentence: "Taking to Twitter, Massoud claimed that the Taliban was not strong enough to attack Panjshir and was aided by Pakistan via drones, helicopters led allegedly Lt. Gen Faiz Hamid from Kabul.", document_id: "000_110aead6b026076a.txt", instruments: ["drones"], mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/dee9dd67d091c160", label: "Pakistan Air Force, Inter-Services Intelligence air support Taliban", type: "AID", mode: "military", modality: "claimed", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "relative", trigger: "air support", trigger_start: 169, trigger_end: 180, sentence: "As Taliban intensifies its attack on Panjshir, National Resistance Front of Afghanistan (NRFA) leader Ahmad Massoud on Monday, revealed that the terror group is getting air support from the Pakistan air force and ISI.", document_id: "000_110aead6b026076a.txt", mention_count: 1}
] AS row
MERGE (n:Event {id: row.id})
SET n = row, n:`Aid`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/event/0f39b3ecf96a67e4", label: "face-off Taliban", type: "ASSAULT", modality: "asserted", date: date("2021-09-05"), date_start: date("2021-09-05"), date_end: date("2021-09-05"), date_basis: "relative", trigger: "face-off", trigger_start: 633, trigger_end: 641, sentence: "NRFA suffers setback  On Sunday night, NRFA spokesperson Fahim Dashty was killed in the Panjshir province during a face-off with the Taliban.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/2d8bcde9bd61a644", label: "genocide", type: "ASSAULT", mode: "massacre", modality: "conditional", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "genocide", trigger_start: 2028, trigger_end: 2036, sentence: "Estimating 2,50,000 residents stuck in Panjshir including people who migrated to the Valley after the fall of Kabul, Saleh said that genocide, mass starvation may occur if the United Nations, Red Cross, Red Crescent and other NGOs does not rapidly respond to the overwhelming humanitarian crisis.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/67f446108d4060dc", label: "Taliban attack Panjshir", type: "ASSAULT", modality: "asserted", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "relative", trigger: "attack", trigger_start: 27, trigger_end: 33, sentence: "As Taliban intensifies its attack on Panjshir, National Resistance Front of Afghanistan (NRFA) leader Ahmad Massoud on Monday, revealed that the terror group is getting air support from the Pakistan air force and ISI.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/973aed218ef0d74b", label: "killed Abdul Wudod Zara", type: "ASSAULT", mode: "killing", modality: "asserted", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "killed", trigger_start: 744, trigger_end: 750, sentence: "Along with Dashty, General Abdul Wudod Zara - Ahmad Shah Massoud's nephew - too was killed in action in Panjshir.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/c65ff4e55fb6ea0f", label: "killed Fahim Dashty", type: "ASSAULT", mode: "killing", modality: "asserted", date: date("2021-09-05"), date_start: date("2021-09-05"), date_end: date("2021-09-05"), date_basis: "relative", trigger: "killed", trigger_start: 592, trigger_end: 598, sentence: "NRFA suffers setback  On Sunday night, NRFA spokesperson Fahim Dashty was killed in the Panjshir province during a face-off with the Taliban.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/e7f8c696d2cf02ae", label: "attacked Amrullah Saleh", type: "ASSAULT", modality: "alleged", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "attacked", trigger_start: 892, trigger_end: 900, sentence: "Meanwhile, Afghan's 'caretaker' President Amrullah Saleh has been moved to a safe place after a helicopter reportedly attacked his house.", document_id: "000_110aead6b026076a.txt", instruments: ["helicopter"], mention_count: 1}
] AS row
MERGE (n:Event {id: row.id})
SET n = row, n:`Assault`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/event/585e402b5dda640a", label: "fell Kandahar, Herat, Mazar-e-Sharif, Jalalabad, Lashkar Gah", type: "COERCE", mode: "capture", modality: "asserted", date: date("2021-08-15"), date_start: date("2021-08-15"), date_end: date("2021-08-15"), date_basis: "explicit", trigger: "fell", trigger_start: 2335, trigger_end: 2339, sentence: "Taliban Takeover  The Taliban took over Kabul on August 15 after major cities like Kandahar, Herat, Mazar-e-Sharif, Jalalabad and Lashkar Gah fell without resistance as US troops retreat after 20 years from war-torn Afghanistan.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/60692c2466041d37", label: "forcing military age men", type: "COERCE", modality: "claimed", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "forcing", trigger_start: 1763, trigger_end: 1770, sentence: "Saleh added that the Taliban is doing racial profiling and forcing 'military age men' of Panjshir to walk on minefields, apart from blocking phone lines, electricity and access to medicines.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/6f5504979aca1ae6", label: "Taliban capture Panjshir", type: "COERCE", mode: "capture", modality: "claimed", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "capture", trigger_start: 1475, trigger_end: 1482, sentence: "Taliban claims victory, NRFA refutes  While Taliban has claimed capture of Panjshir, the Northern Resistance's leader Amrullah Saleh confirmed that he is still in Panjshir saying, \"The Resistance is continuing and will continue.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/7519638115bd998e", label: "Taliban took over Kabul", type: "COERCE", mode: "capture", modality: "asserted", date: date("2021-08-15"), date_start: date("2021-08-15"), date_end: date("2021-08-15"), date_basis: "explicit", trigger: "took over", trigger_start: 2223, trigger_end: 2232, sentence: "Taliban Takeover  The Taliban took over Kabul on August 15 after major cities like Kandahar, Herat, Mazar-e-Sharif, Jalalabad and Lashkar Gah fell without resistance as US troops retreat after 20 years from war-torn Afghanistan.", document_id: "000_110aead6b026076a.txt", mention_count: 2},
  {id: "https://w3id.org/kg-news/id/event/9a50033674b3eb7a", label: "Taliban profiling", type: "COERCE", mode: "restrict", modality: "claimed", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "profiling", trigger_start: 1749, trigger_end: 1758, sentence: "Saleh added that the Taliban is doing racial profiling and forcing 'military age men' of Panjshir to walk on minefields, apart from blocking phone lines, electricity and access to medicines.", document_id: "000_110aead6b026076a.txt", mention_count: 1}
] AS row
MERGE (n:Event {id: row.id})
SET n = row, n:`Coerce`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/event/3792bb2fd0c0cdbd", label: "meeting", type: "CONSULT", mode: "meet", modality: "conditional", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "meeting", trigger_start: 1328, trigger_end: 1335, sentence: "\"The National Resistance Front is ready to immediately end the war in order to achieve lasting peace, if the Taliban end their military operations in Panjshir and Andarab, and hopes to hold a comprehensive meeting with scholars and reformers to continue conversations,\" Massoud asserted.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/6df4cdd849b1f817", label: "National Resistance Front of Afghanistan peace talks", type: "CONSULT", mode: "negotiation", modality: "conditional", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "peace talks", trigger_start: 1109, trigger_end: 1120, sentence: "Meanwhile, NRFA leader Ahmad Massoud has said that if the Taliban withdrew their fighters from Panjshir and Andarab, as was requested by the Afghan ulemas, the Resistance Force would be ready for peace talks.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/c77e828dfc1909d5", label: "Taliban talks", type: "CONSULT", mode: "negotiation", modality: "asserted", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "talks", trigger_start: 2647, trigger_end: 2652, sentence: "The Taliban has finalised its talks for 'peaceful transition' as Taliban co-founder Mullah Abdul Ghani Baradar gears up to lead the new government with Mullah Mohammad Omar's son Mullah Yakub and Abbas Stanekzai pipped to be in his cabinet.", document_id: "000_110aead6b026076a.txt", mention_count: 1}
] AS row
MERGE (n:Event {id: row.id})
SET n = row, n:`Consult`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/event/231b618bf54de166", label: "Taliban government formation", type: "COOPERATE", mode: "government-formation", modality: "asserted", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "government formation", trigger_start: 476, trigger_end: 496, sentence: "The Pakistan ISI chief is currently in Afghanistan to oversee the new government formation led by the Taliban.", document_id: "000_110aead6b026076a.txt", mention_count: 1}
] AS row
MERGE (n:Event {id: row.id})
SET n = row, n:`Cooperate`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/event/049a632a1e2036d6", label: "Afghanistan requested Taliban", type: "DEMAND", modality: "claimed", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "requested", trigger_start: 1037, trigger_end: 1046, sentence: "Meanwhile, NRFA leader Ahmad Massoud has said that if the Taliban withdrew their fighters from Panjshir and Andarab, as was requested by the Afghan ulemas, the Resistance Force would be ready for peace talks.", document_id: "000_110aead6b026076a.txt", mention_count: 1}
] AS row
MERGE (n:Event {id: row.id})
SET n = row, n:`Demand`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/event/68f8b3fc2c01c8ac", label: "Taliban withdrew", type: "RETREAT", mode: "withdrawal", modality: "conditional", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "withdrew", trigger_start: 979, trigger_end: 987, sentence: "Meanwhile, NRFA leader Ahmad Massoud has said that if the Taliban withdrew their fighters from Panjshir and Andarab, as was requested by the Afghan ulemas, the Resistance Force would be ready for peace talks.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/802949b29b20137f", label: "United States evacuating Afghanistan (people)", type: "RETREAT", mode: "evacuation", modality: "asserted", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "evacuating", trigger_start: 2879, trigger_end: 2889, sentence: "The US has completed evacuating over 130,000 Afghans from Kabul, retreating all its troops.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/8cbf675235e4cc48", label: "United States retreating", type: "RETREAT", mode: "withdrawal", modality: "asserted", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "retreating", trigger_start: 2923, trigger_end: 2933, sentence: "The US has completed evacuating over 130,000 Afghans from Kabul, retreating all its troops.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/90b75f0d22d653a4", label: "troops (United States), United States retreat", type: "RETREAT", mode: "withdrawal", modality: "asserted", date: date("2021-08-15"), date_start: date("2021-08-15"), date_end: date("2021-08-15"), date_basis: "explicit", trigger: "retreat", trigger_start: 2372, trigger_end: 2379, sentence: "Taliban Takeover  The Taliban took over Kabul on August 15 after major cities like Kandahar, Herat, Mazar-e-Sharif, Jalalabad and Lashkar Gah fell without resistance as US troops retreat after 20 years from war-torn Afghanistan.", document_id: "000_110aead6b026076a.txt", mention_count: 2},
  {id: "https://w3id.org/kg-news/id/event/a217f134d1b4b01c", label: "people flee", type: "RETREAT", mode: "flight", modality: "intended", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "flee", trigger_start: 2498, trigger_end: 2502, sentence: "The hasty withdrawal of the US troops saw thousands of people attempting to flee from Afghanistan with several clinging to a departing US plane's wheels, leading to them falling to their deaths.", document_id: "000_110aead6b026076a.txt", mention_count: 1},
  {id: "https://w3id.org/kg-news/id/event/cadf2f9066254482", label: "Taliban military operations", type: "RETREAT", mode: "ceasefire", modality: "conditional", date: date("2021-09-06"), date_start: date("2021-09-06"), date_end: date("2021-09-06"), date_basis: "document", trigger: "military operations", trigger_start: 1249, trigger_end: 1268, sentence: "\"The National Resistance Front is ready to immediately end the war in order to achieve lasting peace, if the Taliban end their military operations in Panjshir and Andarab, and hopes to hold a comprehensive meeting with scholars and reformers to continue conversations,\" Massoud asserted.", document_id: "000_110aead6b026076a.txt", mention_count: 1}
] AS row
MERGE (n:Event {id: row.id})
SET n = row, n:`Retreat`;

UNWIND [
  {id: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", document_id: "000_110aead6b026076a.txt", date: date("2021-09-06"), date_basis: "header", source_file: "seeds/000_110aead6b026076a.txt", length: 2951}
] AS row
MERGE (n:Document {id: row.id})
SET n = row;

UNWIND [
  {s: "https://w3id.org/kg-news/id/actor/afghanistan", e: "https://w3id.org/kg-news/id/event/049a632a1e2036d6", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Afghan ulemas", mention_start: 1054, mention_end: 1067}},
  {s: "https://w3id.org/kg-news/id/actor/inter-services-intelligence", e: "https://w3id.org/kg-news/id/event/dee9dd67d091c160", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "ISI", mention_start: 213, mention_end: 216}},
  {s: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", e: "https://w3id.org/kg-news/id/event/3ff9238a181c95cc", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "National Resistance Front", mention_start: 1127, mention_end: 1152}},
  {s: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", e: "https://w3id.org/kg-news/id/event/6df4cdd849b1f817", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Resistance Force", mention_start: 1073, mention_end: 1089}},
  {s: "https://w3id.org/kg-news/id/actor/pakistan", e: "https://w3id.org/kg-news/id/event/1d375676a9ee3a0c", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Pakistan", mention_start: 328, mention_end: 336}},
  {s: "https://w3id.org/kg-news/id/actor/pakistan-air-force", e: "https://w3id.org/kg-news/id/event/dee9dd67d091c160", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Pakistan air force", mention_start: 190, mention_end: 208}},
  {s: "https://w3id.org/kg-news/id/actor/people-000-110aead6b026076a-txt-2477", e: "https://w3id.org/kg-news/id/event/a217f134d1b4b01c", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "people", mention_start: 2477, mention_end: 2483}},
  {s: "https://w3id.org/kg-news/id/actor/taliban", e: "https://w3id.org/kg-news/id/event/231b618bf54de166", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 508, mention_end: 515}},
  {s: "https://w3id.org/kg-news/id/actor/taliban", e: "https://w3id.org/kg-news/id/event/67f446108d4060dc", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 3, mention_end: 10}},
  {s: "https://w3id.org/kg-news/id/actor/taliban", e: "https://w3id.org/kg-news/id/event/68f8b3fc2c01c8ac", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 971, mention_end: 978}},
  {s: "https://w3id.org/kg-news/id/actor/taliban", e: "https://w3id.org/kg-news/id/event/6f5504979aca1ae6", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 1455, mention_end: 1462}},
  {s: "https://w3id.org/kg-news/id/actor/taliban", e: "https://w3id.org/kg-news/id/event/7519638115bd998e", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Taliban Takeover", mention_start: 2193, mention_end: 2209}},
  {s: "https://w3id.org/kg-news/id/actor/taliban", e: "https://w3id.org/kg-news/id/event/9a50033674b3eb7a", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 1725, mention_end: 1732}},
  {s: "https://w3id.org/kg-news/id/actor/taliban", e: "https://w3id.org/kg-news/id/event/c77e828dfc1909d5", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 2621, mention_end: 2628}},
  {s: "https://w3id.org/kg-news/id/actor/taliban", e: "https://w3id.org/kg-news/id/event/cadf2f9066254482", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 1231, mention_end: 1238}},
  {s: "https://w3id.org/kg-news/id/actor/troops-united-states", e: "https://w3id.org/kg-news/id/event/90b75f0d22d653a4", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "US troops", mention_start: 2362, mention_end: 2371}},
  {s: "https://w3id.org/kg-news/id/actor/united-states", e: "https://w3id.org/kg-news/id/event/802949b29b20137f", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "US", mention_start: 2862, mention_end: 2864}},
  {s: "https://w3id.org/kg-news/id/actor/united-states", e: "https://w3id.org/kg-news/id/event/8cbf675235e4cc48", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "US", mention_start: 2862, mention_end: 2864}},
  {s: "https://w3id.org/kg-news/id/actor/united-states", e: "https://w3id.org/kg-news/id/event/90b75f0d22d653a4", p: {role: "source", document_id: "000_110aead6b026076a.txt", mention: "US troops", mention_start: 2362, mention_end: 2371}}
] AS row
MATCH (a:Actor {id: row.s})
MATCH (b:Event {id: row.e})
MERGE (a)-[r:SOURCE]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/event/049a632a1e2036d6", e: "https://w3id.org/kg-news/id/actor/taliban", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 971, mention_end: 978}},
  {s: "https://w3id.org/kg-news/id/event/0f39b3ecf96a67e4", e: "https://w3id.org/kg-news/id/actor/taliban", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 651, mention_end: 658}},
  {s: "https://w3id.org/kg-news/id/event/1d375676a9ee3a0c", e: "https://w3id.org/kg-news/id/actor/taliban", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 262, mention_end: 269}},
  {s: "https://w3id.org/kg-news/id/event/585e402b5dda640a", e: "https://w3id.org/kg-news/id/actor/herat", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Herat", mention_start: 2286, mention_end: 2291}},
  {s: "https://w3id.org/kg-news/id/event/585e402b5dda640a", e: "https://w3id.org/kg-news/id/actor/jalalabad", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Jalalabad", mention_start: 2309, mention_end: 2318}},
  {s: "https://w3id.org/kg-news/id/event/585e402b5dda640a", e: "https://w3id.org/kg-news/id/actor/kandahar", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Kandahar", mention_start: 2276, mention_end: 2284}},
  {s: "https://w3id.org/kg-news/id/event/585e402b5dda640a", e: "https://w3id.org/kg-news/id/actor/lashkar-gah", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Lashkar Gah", mention_start: 2323, mention_end: 2334}},
  {s: "https://w3id.org/kg-news/id/event/585e402b5dda640a", e: "https://w3id.org/kg-news/id/actor/mazar-e-sharif", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Mazar-e-Sharif", mention_start: 2293, mention_end: 2307}},
  {s: "https://w3id.org/kg-news/id/event/60692c2466041d37", e: "https://w3id.org/kg-news/id/actor/military-age-men-000-110aead6b026076a-txt", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "'military age men", mention_start: 1771, mention_end: 1788}},
  {s: "https://w3id.org/kg-news/id/event/67f446108d4060dc", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Panjshir", mention_start: 37, mention_end: 45}},
  {s: "https://w3id.org/kg-news/id/event/6f5504979aca1ae6", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Panjshir", mention_start: 1486, mention_end: 1494}},
  {s: "https://w3id.org/kg-news/id/event/7519638115bd998e", e: "https://w3id.org/kg-news/id/actor/kabul", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Kabul", mention_start: 2233, mention_end: 2238}},
  {s: "https://w3id.org/kg-news/id/event/802949b29b20137f", e: "https://w3id.org/kg-news/id/actor/afghanistan-people", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Afghans", mention_start: 2903, mention_end: 2910}},
  {s: "https://w3id.org/kg-news/id/event/973aed218ef0d74b", e: "https://w3id.org/kg-news/id/actor/abdul-wudod-zara", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Abdul Wudod Zara", mention_start: 687, mention_end: 703}},
  {s: "https://w3id.org/kg-news/id/event/c65ff4e55fb6ea0f", e: "https://w3id.org/kg-news/id/actor/fahim-dashty", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "Fahim Dashty", mention_start: 575, mention_end: 587}},
  {s: "https://w3id.org/kg-news/id/event/dee9dd67d091c160", e: "https://w3id.org/kg-news/id/actor/taliban", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "terror group", mention_start: 145, mention_end: 157}},
  {s: "https://w3id.org/kg-news/id/event/e7f8c696d2cf02ae", e: "https://w3id.org/kg-news/id/actor/amrullah-saleh", p: {role: "target", document_id: "000_110aead6b026076a.txt", mention: "his", mention_start: 901, mention_end: 904}}
] AS row
MATCH (a:Event {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:TARGET]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/event/68f8b3fc2c01c8ac", e: "https://w3id.org/kg-news/id/actor/andarab", p: {role: "location", document_id: "000_110aead6b026076a.txt", mention: "Andarab", mention_start: 1021, mention_end: 1028}},
  {s: "https://w3id.org/kg-news/id/event/68f8b3fc2c01c8ac", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {role: "location", document_id: "000_110aead6b026076a.txt", mention: "Panjshir", mention_start: 1008, mention_end: 1016}},
  {s: "https://w3id.org/kg-news/id/event/802949b29b20137f", e: "https://w3id.org/kg-news/id/actor/kabul", p: {role: "location", document_id: "000_110aead6b026076a.txt", mention: "Kabul", mention_start: 2916, mention_end: 2921}},
  {s: "https://w3id.org/kg-news/id/event/973aed218ef0d74b", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {role: "location", document_id: "000_110aead6b026076a.txt", mention: "Panjshir", mention_start: 764, mention_end: 772}},
  {s: "https://w3id.org/kg-news/id/event/a217f134d1b4b01c", e: "https://w3id.org/kg-news/id/actor/afghanistan", p: {role: "location", document_id: "000_110aead6b026076a.txt", mention: "Afghanistan", mention_start: 2508, mention_end: 2519}},
  {s: "https://w3id.org/kg-news/id/event/c65ff4e55fb6ea0f", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {role: "location", document_id: "000_110aead6b026076a.txt", mention: "Panjshir province", mention_start: 606, mention_end: 623}},
  {s: "https://w3id.org/kg-news/id/event/cadf2f9066254482", e: "https://w3id.org/kg-news/id/actor/andarab", p: {role: "location", document_id: "000_110aead6b026076a.txt", mention: "Andarab", mention_start: 1285, mention_end: 1292}},
  {s: "https://w3id.org/kg-news/id/event/cadf2f9066254482", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {role: "location", document_id: "000_110aead6b026076a.txt", mention: "Panjshir", mention_start: 1272, mention_end: 1280}}
] AS row
MATCH (a:Event {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:LOCATION]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/event/049a632a1e2036d6", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Ahmad Massoud", mention_start: 936, mention_end: 949}},
  {s: "https://w3id.org/kg-news/id/event/1d375676a9ee3a0c", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Massoud", mention_start: 237, mention_end: 244}},
  {s: "https://w3id.org/kg-news/id/event/2d8bcde9bd61a644", e: "https://w3id.org/kg-news/id/actor/amrullah-saleh", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Saleh", mention_start: 2012, mention_end: 2017}},
  {s: "https://w3id.org/kg-news/id/event/3ff9238a181c95cc", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Massoud", mention_start: 1392, mention_end: 1399}},
  {s: "https://w3id.org/kg-news/id/event/60692c2466041d37", e: "https://w3id.org/kg-news/id/actor/amrullah-saleh", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Saleh", mention_start: 1704, mention_end: 1709}},
  {s: "https://w3id.org/kg-news/id/event/68f8b3fc2c01c8ac", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Ahmad Massoud", mention_start: 936, mention_end: 949}},
  {s: "https://w3id.org/kg-news/id/event/6df4cdd849b1f817", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Ahmad Massoud", mention_start: 936, mention_end: 949}},
  {s: "https://w3id.org/kg-news/id/event/6f5504979aca1ae6", e: "https://w3id.org/kg-news/id/actor/taliban", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Taliban", mention_start: 1455, mention_end: 1462}},
  {s: "https://w3id.org/kg-news/id/event/9a50033674b3eb7a", e: "https://w3id.org/kg-news/id/actor/amrullah-saleh", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Saleh", mention_start: 1704, mention_end: 1709}},
  {s: "https://w3id.org/kg-news/id/event/dee9dd67d091c160", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {role: "claimed_by", document_id: "000_110aead6b026076a.txt", mention: "Ahmad Massoud", mention_start: 102, mention_end: 115}}
] AS row
MATCH (a:Event {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:CLAIMED_BY]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/event/6f5504979aca1ae6", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {role: "disputed_by", document_id: "000_110aead6b026076a.txt", mention: "NRFA", mention_start: 1435, mention_end: 1439}}
] AS row
MATCH (a:Event {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:DISPUTED_BY]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/actor/mohammad-yaqoob", e: "https://w3id.org/kg-news/id/actor/mohammed-omar", p: {document_id: "000_110aead6b026076a.txt", evidence: "Mohammad Omar's son Mullah Yakub", evidence_start: 2776, evidence_end: 2808}}
] AS row
MATCH (a:Actor {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:CHILD_OF {document_id: row.p.document_id, evidence_start: row.p.evidence_start}]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/actor/abdul-ghani-baradar", e: "https://w3id.org/kg-news/id/actor/taliban", p: {document_id: "000_110aead6b026076a.txt", evidence: "Taliban co-founder Mullah Abdul Ghani Baradar", evidence_start: 2682, evidence_end: 2727}}
] AS row
MATCH (a:Actor {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:CO_FOUNDER_OF {document_id: row.p.document_id, evidence_start: row.p.evidence_start}]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/actor/ahmad-massoud", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {document_id: "000_110aead6b026076a.txt", evidence: "NRFA leader Ahmad Massoud", evidence_start: 924, evidence_end: 949}},
  {s: "https://w3id.org/kg-news/id/actor/amrullah-saleh", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {document_id: "000_110aead6b026076a.txt", evidence: "Northern Resistance's leader Amrullah Saleh", evidence_start: 1500, evidence_end: 1543}}
] AS row
MATCH (a:Actor {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:LEADER_OF {document_id: row.p.document_id, evidence_start: row.p.evidence_start}]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/actor/abdul-wudod-zara", e: "https://w3id.org/kg-news/id/actor/ahmad-shah-massoud", p: {document_id: "000_110aead6b026076a.txt", evidence: "Abdul Wudod Zara - Ahmad Shah Massoud", evidence_start: 687, evidence_end: 724}}
] AS row
MATCH (a:Actor {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:RELATIVE_OF {document_id: row.p.document_id, evidence_start: row.p.evidence_start}]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/actor/fahim-dashty", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {document_id: "000_110aead6b026076a.txt", evidence: "NRFA spokesperson Fahim Dashty", evidence_start: 557, evidence_end: 587}}
] AS row
MATCH (a:Actor {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:SPOKESPERSON_OF {document_id: row.p.document_id, evidence_start: row.p.evidence_start}]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/049a632a1e2036d6", p: {trigger: "requested", trigger_start: 1037, trigger_end: 1046}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/0f39b3ecf96a67e4", p: {trigger: "face-off", trigger_start: 633, trigger_end: 641}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/1d375676a9ee3a0c", p: {trigger: "aided", trigger_start: 319, trigger_end: 324}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/231b618bf54de166", p: {trigger: "government formation", trigger_start: 476, trigger_end: 496}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/2d8bcde9bd61a644", p: {trigger: "genocide", trigger_start: 2028, trigger_end: 2036}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/3792bb2fd0c0cdbd", p: {trigger: "meeting", trigger_start: 1328, trigger_end: 1335}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/3ff9238a181c95cc", p: {trigger: "war", trigger_start: 1185, trigger_end: 1188}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/585e402b5dda640a", p: {trigger: "fell", trigger_start: 2335, trigger_end: 2339}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/60692c2466041d37", p: {trigger: "forcing", trigger_start: 1763, trigger_end: 1770}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/67f446108d4060dc", p: {trigger: "attack", trigger_start: 27, trigger_end: 33}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/68f8b3fc2c01c8ac", p: {trigger: "withdrew", trigger_start: 979, trigger_end: 987}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/6df4cdd849b1f817", p: {trigger: "peace talks", trigger_start: 1109, trigger_end: 1120}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/6f5504979aca1ae6", p: {trigger: "capture", trigger_start: 1475, trigger_end: 1482}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/7519638115bd998e", p: {trigger: "fall", trigger_start: 1997, trigger_end: 2001}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/802949b29b20137f", p: {trigger: "evacuating", trigger_start: 2879, trigger_end: 2889}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/8cbf675235e4cc48", p: {trigger: "retreating", trigger_start: 2923, trigger_end: 2933}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/90b75f0d22d653a4", p: {trigger: "retreat", trigger_start: 2372, trigger_end: 2379}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/973aed218ef0d74b", p: {trigger: "killed", trigger_start: 744, trigger_end: 750}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/9a50033674b3eb7a", p: {trigger: "profiling", trigger_start: 1749, trigger_end: 1758}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/a217f134d1b4b01c", p: {trigger: "flee", trigger_start: 2498, trigger_end: 2502}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/c65ff4e55fb6ea0f", p: {trigger: "killed", trigger_start: 592, trigger_end: 598}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/c77e828dfc1909d5", p: {trigger: "talks", trigger_start: 2647, trigger_end: 2652}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/cadf2f9066254482", p: {trigger: "military operations", trigger_start: 1249, trigger_end: 1268}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/dee9dd67d091c160", p: {trigger: "air support", trigger_start: 169, trigger_end: 180}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/event/e7f8c696d2cf02ae", p: {trigger: "attacked", trigger_start: 892, trigger_end: 900}}
] AS row
MATCH (a:Document {id: row.s})
MATCH (b:Event {id: row.e})
MERGE (a)-[r:REPORTS]->(b)
SET r = row.p;

UNWIND [
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/abdul-ghani-baradar", p: {mention: "Abdul Ghani Baradar", mention_start: 2708, mention_end: 2727, sentence: 14, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/abdul-wudod-zara", p: {mention: "Abdul Wudod Zara", mention_start: 687, mention_end: 703, sentence: 4, ner_label: "PERSON"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/afghanistan", p: {mention: "Afghanistan", mention_start: 445, mention_end: 456, sentence: 2, ner_label: "GPE"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/afghanistan", p: {mention: "Afghan", mention_start: 785, mention_end: 791, sentence: 5, ner_label: "NORP"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/afghanistan", p: {mention: "Afghan", mention_start: 1054, mention_end: 1060, sentence: 6, ner_label: "NORP"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/afghanistan", p: {mention: "Afghanistan", mention_start: 2409, mention_end: 2420, sentence: 12, ner_label: "GPE"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/afghanistan", p: {mention: "Afghanistan", mention_start: 2508, mention_end: 2519, sentence: 13, ner_label: "GPE"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/afghanistan-people", p: {mention: "Afghans", mention_start: 2903, mention_end: 2910, sentence: 15, ner_label: "NORP"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {mention: "Ahmad Massoud", mention_start: 102, mention_end: 115, sentence: 0, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {mention: "Massoud", mention_start: 237, mention_end: 244, sentence: 1, ner_label: "PERSON"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {mention: "Ahmad Massoud", mention_start: 936, mention_end: 949, sentence: 6, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/ahmad-massoud", p: {mention: "Massoud", mention_start: 1392, mention_end: 1399, sentence: 7, ner_label: "PERSON"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/ahmad-shah-massoud", p: {mention: "Ahmad Shah Massoud", mention_start: 706, mention_end: 724, sentence: 4, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/amrullah-saleh", p: {mention: "Amrullah Saleh", mention_start: 816, mention_end: 830, sentence: 5, ner_label: "PERSON"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/amrullah-saleh", p: {mention: "Amrullah Saleh", mention_start: 1529, mention_end: 1543, sentence: 8, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/amrullah-saleh", p: {mention: "Saleh", mention_start: 1704, mention_end: 1709, sentence: 10, ner_label: "PERSON"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/amrullah-saleh", p: {mention: "Saleh", mention_start: 2012, mention_end: 2017, sentence: 11, ner_label: "PERSON"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/andarab", p: {mention: "Andarab", mention_start: 1021, mention_end: 1028, sentence: 6, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/andarab", p: {mention: "Andarab", mention_start: 1285, mention_end: 1292, sentence: 7, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/fahim-dashty", p: {mention: "Fahim Dashty", mention_start: 575, mention_end: 587, sentence: 3, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/fahim-dashty", p: {mention: "Dashty", mention_start: 671, mention_end: 677, sentence: 4, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/faiz-hameed", p: {mention: "Faiz Hamid", mention_start: 383, mention_end: 393, sentence: 1, ner_label: "PERSON"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/herat", p: {mention: "Herat", mention_start: 2286, mention_end: 2291, sentence: 12, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/inter-services-intelligence", p: {mention: "ISI", mention_start: 213, mention_end: 216, sentence: 0, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/inter-services-intelligence", p: {mention: "Pakistan ISI", mention_start: 410, mention_end: 422, sentence: 2, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/international-red-cross-and-red-crescent-movement", p: {mention: "Red Cross", mention_start: 2087, mention_end: 2096, sentence: 11, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/international-red-cross-and-red-crescent-movement", p: {mention: "Red Crescent", mention_start: 2098, mention_end: 2110, sentence: 11, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/jalalabad", p: {mention: "Jalalabad", mention_start: 2309, mention_end: 2318, sentence: 12, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/kabul", p: {mention: "Kabul", mention_start: 399, mention_end: 404, sentence: 1, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/kabul", p: {mention: "Kabul", mention_start: 2005, mention_end: 2010, sentence: 11, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/kabul", p: {mention: "Kabul", mention_start: 2233, mention_end: 2238, sentence: 12, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/kabul", p: {mention: "Kabul", mention_start: 2916, mention_end: 2921, sentence: 15, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/kandahar", p: {mention: "Kandahar", mention_start: 2276, mention_end: 2284, sentence: 12, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/lashkar-gah", p: {mention: "Lashkar Gah", mention_start: 2323, mention_end: 2334, sentence: 12, ner_label: "PERSON"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/mazar-e-sharif", p: {mention: "Mazar-e-Sharif", mention_start: 2293, mention_end: 2307, sentence: 12, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/military-age-men-000-110aead6b026076a-txt", p: {mention: "military age men", mention_start: 1772, mention_end: 1788, sentence: 10, ner_label: "PARTICIPANT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/mohammad-yaqoob", p: {mention: "Yakub", mention_start: 2803, mention_end: 2808, sentence: 14, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/mohammed-omar", p: {mention: "Mohammad Omar", mention_start: 2776, mention_end: 2789, sentence: 14, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {mention: "National Resistance Front of Afghanistan", mention_start: 47, mention_end: 87, sentence: 0, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {mention: "NRFA", mention_start: 89, mention_end: 93, sentence: 0, ner_label: "ACRONYM"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {mention: "NRFA", mention_start: 518, mention_end: 522, sentence: 3, ner_label: "ACRONYM"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {mention: "NRFA", mention_start: 557, mention_end: 561, sentence: 3, ner_label: "ACRONYM"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {mention: "NRFA", mention_start: 924, mention_end: 928, sentence: 6, ner_label: "ACRONYM"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {mention: "Resistance Force", mention_start: 1073, mention_end: 1089, sentence: 6, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {mention: "National Resistance Front", mention_start: 1127, mention_end: 1152, sentence: 7, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {mention: "NRFA", mention_start: 1435, mention_end: 1439, sentence: 8, ner_label: "ACRONYM"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/national-resistance-front-of-afghanistan", p: {mention: "Northern Resistance", mention_start: 1500, mention_end: 1519, sentence: 8, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/pakistan", p: {mention: "Pakistan", mention_start: 328, mention_end: 336, sentence: 1, ner_label: "GPE"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/pakistan-air-force", p: {mention: "Pakistan air force", mention_start: 190, mention_end: 208, sentence: 0, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir", mention_start: 37, mention_end: 45, sentence: 0, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir", mention_start: 302, mention_end: 310, sentence: 1, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir province", mention_start: 606, mention_end: 623, sentence: 3, ner_label: "LOC"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir", mention_start: 764, mention_end: 772, sentence: 4, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir", mention_start: 1008, mention_end: 1016, sentence: 6, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir", mention_start: 1272, mention_end: 1280, sentence: 7, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir", mention_start: 1486, mention_end: 1494, sentence: 8, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir", mention_start: 1574, mention_end: 1582, sentence: 8, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir", mention_start: 1793, mention_end: 1801, sentence: 10, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/panjshir", p: {mention: "Panjshir", mention_start: 1934, mention_end: 1942, sentence: 11, ner_label: "ORG"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/people-000-110aead6b026076a-txt", p: {mention: "people", mention_start: 1953, mention_end: 1959, sentence: 11, ner_label: "PARTICIPANT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/people-000-110aead6b026076a-txt-2477", p: {mention: "people", mention_start: 2477, mention_end: 2483, sentence: 13, ner_label: "PARTICIPANT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/residents-000-110aead6b026076a-txt", p: {mention: "2,50,000 residents", mention_start: 1906, mention_end: 1924, sentence: 11, ner_label: "PARTICIPANT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/sher-mohammad-abbas-stanekzai", p: {mention: "Abbas Stanekzai", mention_start: 2813, mention_end: 2828, sentence: 14, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 3, mention_end: 10, sentence: 0, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "terror group", mention_start: 145, mention_end: 157, sentence: 0, ner_label: "NOMINAL"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 262, mention_end: 269, sentence: 1, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 508, mention_end: 515, sentence: 2, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 651, mention_end: 658, sentence: 3, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 971, mention_end: 978, sentence: 6, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 1231, mention_end: 1238, sentence: 7, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 1411, mention_end: 1418, sentence: 8, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 1455, mention_end: 1462, sentence: 8, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 1725, mention_end: 1732, sentence: 10, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 2193, mention_end: 2200, sentence: 12, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 2215, mention_end: 2222, sentence: 12, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 2621, mention_end: 2628, sentence: 14, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/taliban", p: {mention: "Taliban", mention_start: 2682, mention_end: 2689, sentence: 14, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/troops-united-states", p: {mention: "troops", mention_start: 2365, mention_end: 2371, sentence: 12, ner_label: "PARTICIPANT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/troops-united-states", p: {mention: "troops", mention_start: 2453, mention_end: 2459, sentence: 13, ner_label: "PARTICIPANT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/twitter", p: {mention: "Twitter", mention_start: 228, mention_end: 235, sentence: 1, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/united-nations", p: {mention: "United Nations", mention_start: 2071, mention_end: 2085, sentence: 11, ner_label: "DICT"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/united-states", p: {mention: "US", mention_start: 2362, mention_end: 2364, sentence: 12, ner_label: "GPE"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/united-states", p: {mention: "US", mention_start: 2450, mention_end: 2452, sentence: 13, ner_label: "GPE"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/united-states", p: {mention: "US", mention_start: 2557, mention_end: 2559, sentence: 13, ner_label: "GPE"}},
  {s: "https://w3id.org/kg-news/id/doc/000_110aead6b026076a.txt", e: "https://w3id.org/kg-news/id/actor/united-states", p: {mention: "US", mention_start: 2862, mention_end: 2864, sentence: 15, ner_label: "GPE"}}
] AS row
MATCH (a:Document {id: row.s})
MATCH (b:Actor {id: row.e})
MERGE (a)-[r:MENTIONS {mention_start: row.p.mention_start}]->(b)
SET r = row.p;
