"""How the gold data's vocabularies map onto kg's: entity types onto actor types, KAIROS event
types onto PLOVER types and modes, KAIROS roles onto kg's roles (see ``docs/evaluation.md``)."""

from __future__ import annotations

from kg.model import ActorType

__all__ = [
    "ACTOR_TYPES",
    "ARGUMENT_ROLES",
    "KAIROS_BY_MODE",
    "KAIROS_BY_PLOVER",
    "PLOVER_MERGED",
    "ROLES_BY_KG_ROLE",
    "kairos_types",
]

PLOVER_MERGED = {"FIGHT": "ASSAULT"}
"""Gold types of older PLOVER drafts and the PLOVER 2021 type they were merged into."""

ACTOR_TYPES: dict[str, frozenset[ActorType]] = {
    "PER": frozenset({ActorType.PERSON}),
    "ORG": frozenset({ActorType.ORGANISATION}),
    # nationality adjectives ("Russian") are GPE in WikiEvents and groups in kg
    "GPE": frozenset({ActorType.COUNTRY, ActorType.PLACE, ActorType.GROUP}),
    "LOC": frozenset({ActorType.PLACE}),
    # airports and bases are facilities in WikiEvents; kg may call them places or organisations
    "FAC": frozenset({ActorType.PLACE, ActorType.ORGANISATION}),
}

_ATTACK_OUTCOMES = frozenset({
    "Conflict.Attack", "Life.Die", "Life.Injure",
    "ArtifactExistence.DamageDestroyDisableDismantle",
})

KAIROS_BY_PLOVER: dict[str, frozenset[str]] = {
    "AGREE": frozenset({"Contact.Contact"}),
    "CONSULT": frozenset({"Contact.Contact"}),
    "SUPPORT": frozenset({"Contact.Contact"}),
    "CONCEDE": frozenset({"Contact.Contact"}),
    "COOPERATE": frozenset({"Contact.Contact", "Transaction.ExchangeBuySell"}),
    "AID": frozenset({
        "Transaction.Donation", "Transaction.ExchangeBuySell", "Movement.Transportation",
        "Medical.Intervention",
    }),
    "RETREAT": frozenset({
        "Justice.ReleaseParole", "Movement.Transportation", "Personnel.EndPosition",
        "Conflict.Defeat",
    }),
    "REQUEST": frozenset({"Contact.RequestCommand"}),
    "DEMAND": frozenset({"Contact.RequestCommand"}),
    "ACCUSE": frozenset({
        "Contact.Contact", "Justice.InvestigateCrime", "Justice.ChargeIndict", "Justice.Convict",
        "Cognitive.Inspection",
    }),
    "DISAPPROVE": frozenset({"Contact.Contact", "Justice.ChargeIndict", "Justice.Convict"}),
    "INVESTIGATE": frozenset({"Justice.InvestigateCrime", "Cognitive.Inspection"}),
    "REJECT": frozenset({"Contact.Contact"}),
    "THREATEN": frozenset({"Contact.ThreatenCoerce"}),
    "PROTEST": frozenset({"Conflict.Demonstrate", "Control.ImpedeInterfereWith"}),
    "SANCTION": frozenset({"Contact.Contact", "Control.ImpedeInterfereWith"}),
    "MOBILIZE": frozenset({"Movement.Transportation"}),
    "COERCE": frozenset({
        "Justice.ArrestJailDetain", "Contact.ThreatenCoerce", "Control.ImpedeInterfereWith",
        "Justice.ChargeIndict", "Justice.TrialHearing", "Justice.Convict", "Justice.Sentence",
        "Movement.Transportation", "ArtifactExistence.DamageDestroyDisableDismantle",
    }),
    "ASSAULT": _ATTACK_OUTCOMES,
    "FIGHT": frozenset({"Conflict.Attack"}),
    "DEATH": frozenset({"Life.Die"}),
    "MOVE": frozenset({"Movement.Transportation"}),
    "TRADE": frozenset({"Transaction.ExchangeBuySell"}),
    "CRIME": _ATTACK_OUTCOMES | {
        "GenericCrime.GenericCrime", "Justice.ArrestJailDetain", "Movement.Transportation",
        "Transaction.ExchangeBuySell",
    },
}

KAIROS_BY_MODE: dict[tuple[str, str], frozenset[str]] = {
    ("ASSAULT", "killing"): frozenset({"Life.Die", "Conflict.Attack"}),
    ("ASSAULT", "assassinate"): frozenset({"Life.Die", "Conflict.Attack"}),
    ("ASSAULT", "massacre"): frozenset({"Life.Die", "Conflict.Attack"}),
    ("ASSAULT", "abduct"): frozenset({"Conflict.Attack", "Justice.ArrestJailDetain"}),
    # a bombing includes the laying of its bomb (CAMEO "plant &weapon" is 183, a bombing),
    # which KAIROS calls the making of an artifact
    ("ASSAULT", "explosives"): _ATTACK_OUTCOMES | {"ArtifactExistence.ManufactureAssemble"},
    ("ASSAULT", "suicide-attack"): _ATTACK_OUTCOMES | {"ArtifactExistence.ManufactureAssemble"},
    ("COERCE", "arrest"): frozenset({"Justice.ArrestJailDetain", "Justice.ChargeIndict"}),
    ("COERCE", "detain"): frozenset({"Justice.ArrestJailDetain"}),
    ("CONSULT", "visit"): frozenset({"Contact.Contact", "Movement.Transportation"}),
    ("COERCE", "deport"): frozenset({"Movement.Transportation"}),
    ("RETREAT", "release"): frozenset({"Justice.ReleaseParole"}),
    ("RETREAT", "withdraw"): frozenset({"Movement.Transportation"}),
    ("RETREAT", "withdrawal"): frozenset({"Movement.Transportation"}),
    ("RETREAT", "resign"): frozenset({"Personnel.EndPosition"}),
}

ARGUMENT_ROLES = ("source", "target", "location")

ROLES_BY_KG_ROLE: dict[str, frozenset[str]] = {
    "source": frozenset({
        "Attacker", "Killer", "Injurer", "Perpetrator", "Communicator", "Participant",
        "Demonstrator", "Jailer", "Investigator", "Impeder", "Regulator", "Giver", "Transporter",
        "JudgeCourt", "Employee",
    }),
    "target": frozenset({
        "Target", "Victim", "Recipient", "Detainee", "Defendant", "Patient", "Participant",
        "Artifact", "AcquiredEntity", "PassengerArtifact",
    }),
    "location": frozenset({"Place", "Destination", "Origin"}),
}


def kairos_types(plover_type: str, mode: str | None = None) -> frozenset[str]:
    """The coarse KAIROS types a PLOVER event of this type and mode may be; empty if unknown."""
    if mode and (plover_type, mode) in KAIROS_BY_MODE:
        return KAIROS_BY_MODE[plover_type, mode]
    return KAIROS_BY_PLOVER.get(plover_type, frozenset())
