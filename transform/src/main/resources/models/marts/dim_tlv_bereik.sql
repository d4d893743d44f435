-- The schooljaren the TLV file covers (from the first schooljaar of a request to the last schooljaar of a
-- decision) and the SWV the TLVs belong to (the installation's own SWV): the cells of every TLV figure.
-- stand_datum is the latest request or decision date in the file: the day the TLV figures are as of (a
-- TLV whose einddatum is later has not ended yet). One row; none when the file is absent.
with tlvs as (
    select * from stg_tlv__tlvs
),

eigen_swv as (
    select * from int_swv__eigen_bepaald
),

final as (
    select
        -- ids
        max(eigen_swv.swv_code) as swv_code,
        -- attributes
        min(schooljaar(tlvs.aanvraagdatum)) as eerste_schooljaar,
        max(schooljaar(tlvs.besluitdatum)) as laatste_schooljaar,
        max(greatest(tlvs.aanvraagdatum, tlvs.besluitdatum)) as stand_datum
    from tlvs
    cross join eigen_swv
    having count(*) > 0
)

select * from final
