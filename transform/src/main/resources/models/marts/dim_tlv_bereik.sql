-- The schooljaren the TLV file covers (from the first schooljaar of a request to the last schooljaar of a
-- decision) per SWV the TLVs belong to (the delivering SWV of a national inbox, else the installation's own
-- SWV): the cells of every TLV figure. stand_datum is the latest request or decision date in the SWV's file:
-- the day its TLV figures are as of (a TLV whose einddatum is later has not ended yet). One row per SWV; none
-- when the file is absent.
with tlvs as (
    select * from stg_tlv__tlvs
),

eigen_swv as (
    select * from int_swv__eigen_bepaald
),

final as (
    select
        -- ids
        coalesce(tlvs.aanlever_swv_code, eigen_swv.swv_code) as swv_code,
        -- attributes
        min(schooljaar(tlvs.aanvraagdatum)) as eerste_schooljaar,
        max(schooljaar(tlvs.besluitdatum)) as laatste_schooljaar,
        max(greatest(tlvs.aanvraagdatum, tlvs.besluitdatum)) as stand_datum
    from tlvs
    cross join eigen_swv
    group by coalesce(tlvs.aanlever_swv_code, eigen_swv.swv_code)
)

select * from final
