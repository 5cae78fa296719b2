"""The schema.org types extraction cares about, by place in the type hierarchy.

LocalBusiness subtypes are the rdfs:subClassOf closure of schema.org release 30.0, plus
the older MedicalBusiness specialties (Dermatology, PlasticSurgery, ...) still seen in the wild.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import words

LOCAL_BUSINESS = words(
    """AccountingService AdultEntertainment AmusementPark AnimalShelter ArchiveOrganization
    ArtGallery Attorney AutoBodyShop AutoDealer AutoPartsStore AutoRental AutoRepair AutoWash
    AutomatedTeller AutomotiveBusiness Bakery BankOrCreditUnion BarOrPub BeautySalon
    BedAndBreakfast BikeStore BookStore BowlingAlley Brewery CafeOrCoffeeShop Campground Casino
    ChildCare ClothingStore ComedyClub ComputerStore ConvenienceStore CovidTestingFacility DaySpa
    Dentist DepartmentStore Distillery DryCleaningOrLaundry Electrician ElectronicsStore
    EmergencyService EmploymentAgency EntertainmentBusiness ExerciseGym FastFoodRestaurant
    FinancialService FireStation Florist FoodEstablishment FurnitureStore GardenStore GasStation
    GeneralContractor GolfCourse GovernmentOffice GroceryStore HVACBusiness HairSalon
    HardwareStore HealthAndBeautyBusiness HealthClub HobbyShop HomeAndConstructionBusiness
    HomeGoodsStore Hospital Hostel Hotel HousePainter IceCreamShop IndividualPhysician
    InsuranceAgency InternetCafe JewelryStore LegalService Library LiquorStore LocalBusiness
    Locksmith LodgingBusiness MedicalBusiness MedicalClinic MensClothingStore MobilePhoneStore
    Motel MotorcycleDealer MotorcycleRepair MovieRentalStore MovieTheater MovingCompany
    MusicStore NailSalon NightClub Notary OfficeEquipmentStore Optician OutletStore PawnShop
    PetStore Pharmacy Physician PhysiciansOffice Plumber PoliceStation PostOffice
    ProfessionalService PublicSwimmingPool RadioStation RealEstateAgent RecyclingCenter Resort
    Restaurant RoofingContractor SelfStorage ShoeStore ShoppingCenter SkiResort
    SportingGoodsStore SportsActivityLocation SportsClub StadiumOrArena Store TattooParlor
    TelevisionStation TennisComplex TireShop TouristInformationCenter ToyStore TravelAgency
    VacationRental WholesaleStore Winery
    CommunityHealth Dermatology DietNutrition Emergency Geriatric Gynecologic Midwifery Nursing
    Obstetric Oncologic Optometric Otolaryngologic Pediatric Physiotherapy PlasticSurgery
    Podiatric PrimaryCare Psychiatric PublicHealth"""
)

ORGANIZATION = LOCAL_BUSINESS | words(
    """Organization Airline Consortium Cooperative Corporation EducationalOrganization
    CollegeOrUniversity ElementarySchool HighSchool MiddleSchool Preschool School FundingScheme
    GovernmentOrganization LibrarySystem MedicalOrganization DiagnosticLab VeterinaryCare NGO
    NewsMediaOrganization OnlineBusiness OnlineStore PerformingGroup DanceGroup MusicGroup
    TheaterGroup PoliticalParty Project FundingAgency ResearchProject ResearchOrganization
    SearchRescueOrganization SportsOrganization SportsTeam WorkersUnion"""
)

PERSON = frozenset({"Person", "Patient"})
REVIEW = words(
    """ClaimReview CriticReview EmployerReview MediaReview Recommendation Review
    ReviewNewsArticle UserReview"""
)
AGGREGATE_RATING = frozenset({"AggregateRating", "EmployerAggregateRating", "Review-aggregate"})
RATING = AGGREGATE_RATING | frozenset({"Rating", "EndorsementRating"})
ADDRESS = frozenset({"PostalAddress", "Address", "address"})
GEO = frozenset({"GeoCoordinates", "Geo"})
CREDENTIAL = frozenset({"EducationalOccupationalCredential", "Credential"})

# Types that are never a practitioner even when they carry an address or a telephone.
NOT_PRACTITIONER = (
    REVIEW
    | RATING
    | ADDRESS
    | GEO
    | CREDENTIAL
    | words(
        """Place Event Product Offer AggregateOffer WebPage WebSite CreativeWork Article
        BlogPosting NewsArticle ContactPoint PostalAddress Course CourseInstance Service Thing
        ImageObject VideoObject ItemList ListItem BreadcrumbList OfferCatalog Residence
        Accommodation Room HotelRoom Apartment House Trip Flight Vehicle Book Movie Recipe
        MedicalProcedure MedicalCondition Demand Audience ProfilePage AboutPage ContactPage
        FAQPage Question Answer HowTo SiteNavigationElement WPHeader WPFooter"""
    )
)


_SCHEMA_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?schema\.org/*#?|^schema:", re.I)


def short_type(value: str) -> str:
    """'https://schema.org/BeautySalon', 'schema:BeautySalon' -> 'BeautySalon'."""
    value = _SCHEMA_PREFIX.sub("", value.strip())
    for sep in ("#", "/", ":"):
        if sep in value:
            value = value.rstrip("/#").rsplit(sep, 1)[-1]
    return value


def is_business(types: Iterable[str]) -> bool:
    return any(t in LOCAL_BUSINESS for t in types)


def is_organization(types: Iterable[str]) -> bool:
    return any(t in ORGANIZATION for t in types)


def is_person(types: Iterable[str]) -> bool:
    return any(t in PERSON for t in types)


def is_review(types: Iterable[str]) -> bool:
    return any(t in REVIEW for t in types)


def is_aggregate_rating(types: Iterable[str]) -> bool:
    return any(t in AGGREGATE_RATING for t in types)


def is_unknown(types: Iterable[str]) -> bool:
    """True when no type is one we know (custom or misspelt types)."""
    types = list(types)
    return not any(
        t in ORGANIZATION
        or t in PERSON
        or t in NOT_PRACTITIONER
        or t.endswith(("Action", "Reservation", "Event", "Page"))
        for t in types
    )
